import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../data/index.ts';
import { foldCode, foldString, isCJK, normalize, originalSpan, pinyinAnnotationEnd } from '../../lib/normalize.ts';
import { TABLE_PATH, generatePairs, renderTable } from '../../scripts/gen-tables.ts';
import { lexiconStrings } from '../../lib/lexicon.ts';

describe('foldCode / foldString', () => {
  it('folds traditional characters of the lexicon to simplified', () => {
    expect(foldString('最高人民檢察院')).toBe('最高人民检察院');
    expect(foldString('檢察機關')).toBe('检察机关');
    expect(foldString('電騙')).toBe('电骗');
    expect(foldString('美國司法部')).toBe('美国司法部');
  });
  it('folds full-width ASCII, ideographic space and letter case', () => {
    expect(foldString('ＡＢＣ１２３')).toBe('abc123');
    expect(foldCode(0x3000)).toBe(0x20);
    expect(foldString('Ministry of JUSTICE')).toBe('ministry of justice');
  });
  it('drops zero-width characters and soft hyphens', () => {
    expect(foldString('公\u200b安\u200c部\u200d\u2060\ufeff\u00ad')).toBe('公安部');
  });
  it('leaves simplified text and non-lexicon characters alone', () => {
    expect(foldString('公安部发布通知')).toBe('公安部发布通知');
    expect(foldString('😀e\u0301')).toBe('😀e\u0301');
  });
});

describe('pinyinAnnotationEnd', () => {
  it('recognises a tone-marked annotation directly after a CJK character', () => {
    const s = '網(wǎng)絡(luò)';
    expect(pinyinAnnotationEnd(s, 1)).toBe(7);
    expect(pinyinAnnotationEnd(s, 8)).toBe(13);
    expect(pinyinAnnotationEnd('發（fā）', 1)).toBe(5);
  });
  it('rejects other parentheses', () => {
    expect(pinyinAnnotationEnd('消息(云青)', 2)).toBe(-1); // CJK inside
    expect(pinyinAnnotationEnd('系统(ai)', 2)).toBe(-1); // no tone mark
    expect(pinyinAnnotationEnd('系统(AI)', 2)).toBe(-1); // upper case
    expect(pinyinAnnotationEnd('abc(wǎng)', 3)).toBe(-1); // not after CJK
    expect(pinyinAnnotationEnd('(wǎng)', 0)).toBe(-1); // at start
    expect(pinyinAnnotationEnd('網(wǎng', 1)).toBe(-1); // unclosed
    expect(pinyinAnnotationEnd('網(zhuàngzhuàng)', 1)).toBe(-1); // too long for one syllable
  });
});

describe('normalize', () => {
  it('returns folded text and a map back to the original offsets', () => {
    const src = '檢察機(jī)關(guān)\u200b依法\n辦案';
    const n = normalize(src);
    expect(n.text).toBe('检察机关依法\n办案');
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(src.length);
    const [s, e] = originalSpan(n, 0, 4);
    expect(src.slice(s, e)).toBe('檢察機(jī)關');
  });
  it('drops whitespace on request', () => {
    expect(normalize('最高人民 \n法院', { dropSpaces: true }).text).toBe('最高人民法院');
    expect(normalize('最高人民 \n法院').text).toBe('最高人民 \n法院');
  });
  it('property: the map is increasing, in range, and every normalized unit is the fold of its source', () => {
    const alphabet = fc.constantFrom(
      'a', 'Ａ', ' ', '\n', '\u200b', '\ufeff', '\u00ad', '(', ')', 'ǎ', '網', '检', '檢', '公', '安', '部', '😀', '\ud800', '\udc00', 'e\u0301',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.boolean(), (s, dropSpaces) => {
        const n = normalize(s, { dropSpaces });
        let prev = -1;
        for (let k = 0; k < n.text.length; k++) {
          const o = n.map[k]!;
          expect(o).toBeGreaterThan(prev);
          expect(o).toBeLessThan(s.length);
          expect(n.text.charCodeAt(k)).toBe(foldCode(s.charCodeAt(o)));
          prev = o;
        }
        expect(n.map[n.text.length]).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isCJK', () => {
  it('covers the BMP ideograph blocks and 〇', () => {
    for (const ch of ['中', '㐀', '〇', '豈']) expect(isCJK(ch.charCodeAt(0))).toBe(true);
    for (const ch of ['a', '，', 'ǎ', '。']) expect(isCJK(ch.charCodeAt(0))).toBe(false);
  });
});

describe('generated trad → simp table', () => {
  it('is up to date with the dataset (run `node scripts/gen-tables.ts` if this fails)', () => {
    const committed = readFileSync(TABLE_PATH, 'utf8');
    expect(committed).toBe(renderTable(generatePairs(dataset)));
  });
  it('folds every traditional alias/exclusion to what opencc makes of it', async () => {
    const OpenCC = await import('opencc-js');
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const mismatches = lexiconStrings(dataset).filter((s) => {
      const f = foldString(s);
      return f !== foldString(tw(s)) && f !== foldString(hk(s));
    });
    expect(mismatches).toEqual([]);
  });
});
