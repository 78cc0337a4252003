import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, skipKind, type MatcherOptions } from '../../lib/matcher.ts';
import { foldString, isSpace, isZeroWidth, normalize } from '../../lib/normalize.ts';

// Every test runs on both scans: WebAssembly (lib/scanner.wat, the default where it runs) and
// JavaScript (lib/matcher.ts scanTables, the fallback); they must give the same hits.
const ENGINES: Array<[string, MatcherOptions]> = [['wasm', {}], ['js', { engine: 'js' }]];
let engineOptions: MatcherOptions = {};
const compile = (patterns: string[]) => compileMatcher(patterns, engineOptions);

describe('scan engines', () => {
  it('scans in WebAssembly by default on Node 24 (JS string builtins), in JavaScript when asked', () => {
    if (Number(process.versions.node.split('.')[0]) >= 24) expect(compileMatcher(['公安部']).engine).toBe('wasm');
    expect(compileMatcher(['公安部'], { engine: 'js' }).engine).toBe('js');
  });
});

describe('the two engines', () => {
  it('agree on texts with parentheses, pinyin annotations and characters at the edges of the CJK blocks', () => {
    // What the brute-force reference leaves out by design (pinyin, blank lines), checked engine
    // against engine: the JavaScript scan is the reference here.
    const patterns = ['检察机关', '电信网络诈骗', '网络', '公安部', '人民法院'];
    const wasm = compileMatcher(patterns);
    const js = compileMatcher(patterns, { engine: 'js' });
    const unit = fc.constantFrom(
      '检', '察', '機', '關', '电', '信', '網', '络', '诈', '骗', '公', '安', '部', '人', '民', '法', '院',
      '(', '（', ')', '）', 'j', 'ī', 'g', 'u', 'ā', 'n', 'ǹ', 'ḿ', 'ü', 'a', 'z', 'A', '\n', '\r', ' ',
      '\u3007', '\u3400', '\u4dbf', '\u4dc0', '\u4e00', '\u9fff', '\ua000', '\uf900', '\ufaff', '\ufb00',
      '\ud840', '\ud8bf', '\ud8c0', '\udc00', '\udfff', '\u200b',
    );
    // Annotation-like groups: ( or （, up to 9 letters (plain, tone-marked, upper-case, digits), ) or （ or nothing.
    const group = fc
      .tuple(
        fc.constantFrom('(', '（'),
        fc.array(fc.constantFrom('j', 'g', 'u', 'n', 'ī', 'ā', 'ǹ', 'ḿ', 'ü', 'A', '1'), { maxLength: 9 }),
        fc.constantFrom(')', '）', ''),
      )
      .map(([open, letters, close]) => open + letters.join('') + close);
    const piece = fc.oneof({ arbitrary: unit, weight: 4 }, { arbitrary: group, weight: 1 });
    // A pattern's surface with a group inside it or right after it.
    const surfaceWithGroup = fc
      .tuple(fc.constantFrom('檢察機關', '检察机关', '電信網絡詐騙', '网络', '公安部', '人民法院'), fc.nat(), group)
      .map(([surface, at, g]) => {
        const k = at % (surface.length + 1);
        return surface.slice(0, k) + g + surface.slice(k);
      });
    const hits = (m: ReturnType<typeof compileMatcher>, t: string, from: number, to: number) => {
      const n = m.scan(t, from, to);
      return Array.from(m.hits.subarray(0, 3 * n));
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), surfaceWithGroup, fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (before, inner, after, a, b) => {
        const t = before.join('') + inner + after.join('');
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        expect(hits(wasm, t, from, to)).toEqual(hits(js, t, from, to));
      }),
      { numRuns: 3000 },
    );
    expect(hits(wasm, '起訴電信網(wǎng)絡(luò)詐騙犯罪，檢察機(jī)關(guān)', 0, 24)).toEqual(hits(js, '起訴電信網(wǎng)絡(luò)詐騙犯罪，檢察機(jī)關(guān)', 0, 24));
  });
});

function run(patterns: string[], text: string, from?: number, to?: number): Array<[string, string]> {
  const m = compile(patterns);
  const n = m.scan(text, from, to);
  const out: Array<[string, string]> = [];
  for (let h = 0; h < n; h++) out.push([text.slice(m.hits[3 * h]!, m.hits[3 * h + 1]!), patterns[m.hits[3 * h + 2]!]!]);
  return out;
}

for (const [engine, options] of ENGINES) {
  describe(`${engine} scan`, () => {
    beforeAll(() => {
      engineOptions = options;
    });
    afterAll(() => {
      engineOptions = {};
    });

    describe('compileMatcher: leftmost-longest, non-overlapping', () => {
      it('takes the longest pattern at the leftmost position', () => {
        expect(run(['公安部', '公安部门', '安部'], '两国公安部门合作')).toEqual([['公安部门', '公安部门']]);
        expect(run(['电信网络诈骗', '电信网络诈骗犯罪'], '起诉电信网络诈骗犯罪')).toEqual([['电信网络诈骗犯罪', '电信网络诈骗犯罪']]);
      });
      it('prefers the leftmost start over a longer later match', () => {
        // "最高检" starts before "检察机关" and they overlap: the leftmost wins, the other is not reported.
        expect(run(['最高检', '检察机关'], '最高检察机关')).toEqual([['最高检', '最高检']]);
      });
      it('falls back to a shorter match when a longer prefix does not complete', () => {
        expect(run(['公安部', '公安部长助理'], '公安部长王')).toEqual([['公安部', '公安部']]);
      });
      it('resumes after a match and finds adjacent ones', () => {
        expect(run(['最高法', '公安部'], '最高法公安部')).toEqual([['最高法', '最高法'], ['公安部', '公安部']]);
      });
      it('handles empty input, no patterns and ranges', () => {
        expect(run(['公安部'], '')).toEqual([]);
        expect(run([], '公安部')).toEqual([]);
        expect(run(['公安部'], '公安部公安部', 1)).toEqual([['公安部', '公安部']]);
        expect(run(['公安部'], '公安部公安部', 0, 5)).toEqual([['公安部', '公安部']]);
      });
      it('collapses patterns with the same folded form', () => {
        const m = compile(['检察机关', '檢察機關']);
        expect(m.size).toBe(1);
        expect(m.canonicalId[1]).toBe(0);
      });
    });

    describe('normalisation folded into the input classes', () => {
      it('the class table skips exactly what isZeroWidth / isSpace accept', () => {
        for (let c = 0; c < 65536; c++) {
          const want = isZeroWidth(c) ? 'skip' : isSpace(c) ? 'space' : c === 0x28 || c === 0xff08 ? 'paren' : undefined;
          if (skipKind(c) !== want) expect([c.toString(16), skipKind(c)]).toEqual([c.toString(16), want]);
        }
      });
      it('matches traditional, simplified and mixed script against one pattern', () => {
        for (const t of ['检察机关', '檢察機關', '檢察机关']) expect(run(['检察机关'], `全国${t}起诉`)).toEqual([[t, '检察机关']]);
      });
      it('folds full-width and case for Latin aliases', () => {
        expect(run(['Ministry of Justice'], 'the ＭＩＮＩＳＴＲＹ of justice said')).toEqual([['ＭＩＮＩＳＴＲＹ of justice', 'Ministry of Justice']]);
      });
      it('skips zero-width characters and soft hyphens inside a match', () => {
        expect(run(['公安部'], '公\u200b安\u00ad部')).toEqual([['公\u200b安\u00ad部', '公安部']]);
      });
      it('skips spaces and one line break inside a match, but not a blank line', () => {
        expect(run(['最高人民法院'], '最高人民\n法院')).toEqual([['最高人民\n法院', '最高人民法院']]);
        expect(run(['大检察厅'], '大檢察 廳')).toEqual([['大檢察 廳', '大检察厅']]);
        expect(run(['最高人民法院'], '最高人民\r\n法院')).toEqual([['最高人民\r\n法院', '最高人民法院']]);
        expect(run(['公安部'], '公安\n\n部署')).toEqual([]);
      });
      it('never starts or ends a match on a skipped character', () => {
        expect(run(['公安部'], ' \u200b公安部\u200b ')).toEqual([['公安部', '公安部']]);
      });
      it('skips pinyin annotations inside a match and takes a trailing one into the span', () => {
        expect(run(['电信网络诈骗犯罪'], '起訴電信網(wǎng)絡(luò)詐騙犯罪近8萬')).toEqual([['電信網(wǎng)絡(luò)詐騙犯罪', '电信网络诈骗犯罪']]);
        expect(run(['检察机关'], '年,檢察機(jī)關(guān)依法')).toEqual([['檢察機(jī)關(guān)', '检察机关']]);
        expect(run(['检察机关'], '檢察機(AI)關')).toEqual([]);
      });
      it('finds patterns next to astral characters and lone surrogates', () => {
        expect(run(['公安部'], '😀公安部\ud800')).toEqual([['公安部', '公安部']]);
      });
    });

    /** Reference: leftmost-longest over the whitespace-free normalized string, by brute force. */
    function reference(patterns: string[], text: string): Array<[number, number]> {
      const norm = normalize(text, { dropSpaces: true });
      const folded = patterns.map((p) => foldString(p).replace(/\s/g, '')).filter((p) => p.length > 0);
      const out: Array<[number, number]> = [];
      let i = 0;
      while (i < norm.text.length) {
        let best = 0;
        for (const p of folded) if (p.length > best && norm.text.startsWith(p, i)) best = p.length;
        if (best === 0) {
          i++;
          continue;
        }
        out.push([norm.map[i]!, norm.map[i + best - 1]! + 1]);
        i += best;
      }
      return out;
    }

    describe('properties', () => {
      const patterns = ['公安部', '公安部门', '公安机关', '检察机关', '最高检', '最高人民检察院', '人民检察院', '检察院', '安部', '部门'];
      // No '\n' (the blank-line rule) and no '(' (pinyin) here: those differ from the reference by design.
      const unit = fc.constantFrom(
        '公', '安', '部', '门', '機', '关', '關', '检', '檢', '察', '院', '最', '高', '人', '民', '机',
        ' ', '\u200b', '\u00ad', '\ufeff', 'a', '😀', '\ud83d', '\ude00', 'e\u0301', '，', '。',
      );
      const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));

      it('agrees with a brute-force leftmost-longest reference on the normalized string', () => {
        const m = compile(patterns);
        fc.assert(
          fc.property(text, (t) => {
            const n = m.scan(t);
            const got: Array<[number, number]> = [];
            for (let h = 0; h < n; h++) got.push([m.hits[3 * h]!, m.hits[3 * h + 1]!]);
            expect(got).toEqual(reference(patterns, t));
          }),
          { numRuns: 500 },
        );
      });

      it('agrees with the reference with one-character patterns too, and on sub-ranges (the skip-ahead fast path)', () => {
        // One-character patterns switch the two-character skip-ahead off; ranges must not read past `to`.
        for (const ps of [[...patterns, '院', '察'], ['高人', '民检', '人民', '察院', '机关', '关']]) {
          const m = compile(ps);
          fc.assert(
            fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
              const from = a % (t.length + 1);
              const to = from + (b % (t.length - from + 1));
              const n = m.scan(t, from, to);
              const got: Array<[number, number]> = [];
              for (let h = 0; h < n; h++) got.push([m.hits[3 * h]! - from, m.hits[3 * h + 1]! - from]);
              expect(got).toEqual(reference(ps, t.slice(from, to)));
            }),
            { numRuns: 400 },
          );
        }
      });

      it('scan(text, from, to, limit) gives exactly the hits of scan(text, from, limit) that start before to', () => {
        // How a long text is scanned in parts: each part's last matches may run on past its end.
        for (const ps of [patterns, [...patterns, '院', '察']]) {
          const m = compile(ps);
          const hitsOf = (t: string, from: number, to: number, limit: number) => {
            const n = m.scan(t, from, to, limit);
            return Array.from(m.hits.subarray(0, 3 * n));
          };
          fc.assert(
            fc.property(text, fc.nat(), fc.nat(), fc.nat(), (t, a, b, c) => {
              const from = a % (t.length + 1);
              const limit = from + (b % (t.length - from + 1));
              const to = from + (c % (limit - from + 1));
              const whole = hitsOf(t, from, limit, limit);
              const before: number[] = [];
              for (let h = 0; h < whole.length; h += 3) if (whole[h]! < to) before.push(whole[h]!, whole[h + 1]!, whole[h + 2]!);
              expect(hitsOf(t, from, to, limit)).toEqual(before);
            }),
            { numRuns: 600 },
          );
        }
      });

      it('agrees with the reference on texts of several scan blocks (4096 characters each) and thousands of hits', () => {
        // Matches straddle block boundaries at both parities; over 8000 hits grow the WebAssembly
        // memory (the hits view must follow it).
        const m = compile(patterns);
        const check = (t: string, from = 0) => {
          const n = m.scan(t, from);
          const got: Array<[number, number]> = [];
          for (let h = 0; h < n; h++) got.push([m.hits[3 * h]! - from, m.hits[3 * h + 1]! - from]);
          expect(got).toEqual(reference(patterns, t.slice(from)));
          return n;
        };
        const dense = Array.from({ length: 9000 }, (_, i) => (i % 7 === 0 ? '公安部门' : i % 3 ? '最高检' : '人民检察院，')).join('');
        expect(check(dense)).toBeGreaterThan(8000);
        expect(check(dense, 1)).toBeGreaterThan(8000);
        fc.assert(
          fc.property(fc.array(unit, { minLength: 8200, maxLength: 12000 }), fc.nat(9), (units, from) => {
            check(units.join(''), from);
          }),
          { numRuns: 12 },
        );
      });

      it('reports spans inside the input, in order, non-overlapping, whose fold is the pattern', () => {
        const m = compile(patterns);
        const anyText = fc.string({ unit: 'binary', maxLength: 80 }).chain((junk) =>
          fc.tuple(fc.constant(junk), fc.nat(junk.length), fc.constantFrom(...patterns)).map(([j, at, p]) => j.slice(0, at) + p + j.slice(at)),
        );
        fc.assert(
          fc.property(anyText, (t) => {
            const n = m.scan(t);
            let prevEnd = 0;
            for (let h = 0; h < n; h++) {
              const s = m.hits[3 * h]!;
              const e = m.hits[3 * h + 1]!;
              expect(s).toBeGreaterThanOrEqual(prevEnd);
              expect(e).toBeGreaterThan(s);
              expect(e).toBeLessThanOrEqual(t.length);
              const surface = normalize(t.slice(s, e), { dropSpaces: true }).text;
              expect(surface).toBe(m.patterns[m.hits[3 * h + 2]!]);
              prevEnd = e;
            }
          }),
          { numRuns: 500 },
        );
      });

      it('still matches an alias with zero-width characters, spaces or one line break inserted', () => {
        const m = compile(patterns);
        const junk = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', ' ', '\u3000', '\u00a0', '\n');
        fc.assert(
          fc.property(fc.constantFrom(...patterns), fc.array(fc.tuple(fc.nat(10), junk), { maxLength: 4 }), (p, inserts) => {
            let s = p;
            let newlines = 0;
            for (const [at, j] of inserts) {
              if (j === '\n' && newlines++ > 0) continue;
              const k = 1 + (at % (s.length - 1 || 1));
              if (k >= s.length) continue;
              s = s.slice(0, k) + j + s.slice(k);
            }
            const t = `以${s}为`;
            const n = m.scan(t);
            expect(n).toBe(1);
            expect(t.slice(m.hits[0]!, m.hits[1]!)).toBe(s);
          }),
          { numRuns: 500 },
        );
      });
    });
  });
}
