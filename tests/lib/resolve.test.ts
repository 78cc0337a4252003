import { describe, it, expect } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { Dataset } from '../../data/schema.ts';
import { createAnnotator } from '../../lib/annotate.ts';
import { buildLexicon } from '../../lib/lexicon.ts';
import { foldString } from '../../lib/normalize.ts';
import { loadAutomaton } from '../../lib/automaton.ts';
import { AUTOMATON } from '../../lib/generated/automaton.ts';
import { createContext, createResolver, OUT_STRIDE, RESOLVE_CHUNK, type RecordTag } from '../../lib/resolve.ts';
import { lexiconStrings } from '../../lib/lexicon.ts';
import { MAINLAND_CUES } from '../../lib/cues.ts';
import { fixture } from './fixture.ts';

const spans = (data: Dataset, text: string, ctx?: ReturnType<ReturnType<typeof createAnnotator>['createContext']>) =>
  createAnnotator(data, { rank: false }).annotate(text, ctx).map((m) => `${m.text}:${m.entityId}`);

describe('exclusions', () => {
  it('an exclusion suppresses the alias inside it: 美国司法部 never yields 司法部', () => {
    expect(spans(fixture, '美国司法部起诉五人')).toEqual([]);
    expect(spans(fixture, '美國司法部起訴五人')).toEqual([]);
    expect(spans(fixture, '两国公安部门合作')).toEqual([]);
    expect(spans(fixture, '越南公安部长')).toEqual([]);
  });
  it('keeps the agency where the look-alike is not there', () => {
    expect(spans(fixture, '公安部部署')).toEqual(['公安部:mps']);
    expect(spans(fixture, '公安部长王小洪')).toEqual(['公安部:mps']);
  });
  it('applies a traditional-only exclusion to traditional text only (各級法院 is Hong Kong usage)', () => {
    expect(spans(fixture, '香港各級法院')).toEqual([]);
    expect(spans(fixture, '各级法院加强审判')).toEqual(['各级法院:spc']);
    // …unless a mainland cue precedes it in the clause.
    expect(spans(dataset, '內地各級法院去年審結案件')).toEqual(['各級法院:spc']);
    expect(spans(dataset, '香港各級法院去年審結案件')).toEqual([]);
  });
  it('finds the alias inside a traditional-only exclusion met in simplified text', () => {
    expect(spans(fixture, '韓國地方檢察院')).toEqual([]);
    expect(spans(fixture, '各地方检察院')).toEqual(['检察院:spp']);
  });
});

describe('country-qualified foreign bodies', () => {
  it('reads later bare mentions as the foreign body (US DOJ story)', () => {
    expect(spans(fixture, '美国司法部起诉5名中国公民。\n\n司法部公开三份起诉书。雖然司法部并无指明')).toEqual([]);
  });
  it('a mainland cue in the clause gives the PRC body back and clears the foreign reading', () => {
    expect(spans(fixture, '美国司法部起诉5人。中国司法部回应。司法部表示')).toEqual(['司法部:moj', '司法部:moj']);
  });
  it('a foreign cue in the clause makes a bare mention foreign (越共 … 兼公安部长)', () => {
    const text = '中共中央书记处书记兼公安部长王小洪，19日与越共中央政治局委员兼公安部长梁三光视讯通话。';
    // 越共 is a cue for 越南 only if an exclusion with that qualifier exists: the fixture has 越南公安部.
    expect(spans(fixture, text)).toEqual(['公安部:mps']);
  });
  it('leaves the official name to the PRC body unless the data gives that name to the foreign one', () => {
    // The US Supreme Court, Taiwan's court and Korea's prosecutors are never called 最高人民法院/检察院…
    expect(spans(dataset, '美国最高法院裁定。最高人民法院表示，最高法院则驳回')).toEqual(['最高人民法院:spc']);
    expect(spans(dataset, '台灣最高法院判決。最高人民法院發布司法解釋。')).toEqual(['最高人民法院:spc']);
    expect(spans(dataset, '韩国检察机关起诉。最高人民检察院表示')).toEqual(['最高人民检察院:spp']);
    // …a foreign cue before it does not make it foreign either…
    expect(spans(dataset, '美方批评最高人民法院的判决。最高法院表示')).toEqual(['最高人民法院:spc', '最高法院:spc']);
    // …but Vietnam's court is (越南最高人民法院), and 司法部 is the US DOJ's bare name too.
    expect(spans(dataset, '越南最高人民法院代表团到访。最高人民法院表示欢迎。')).toEqual([]);
    expect(spans(dataset, '美国司法部起诉五人。司法部表示')).toEqual([]);
  });
  it('does not let a cue cross a clause break', () => {
    expect(spans(fixture, '越共代表团到访，公安部表示欢迎')).toEqual(['公安部:mps']);
  });
  it('carries the foreign reading across blocks through a shared context', () => {
    const a = createAnnotator(fixture, { rank: false });
    const ctx = a.createContext();
    expect(a.annotate('美国司法部起诉五人', ctx)).toEqual([]);
    expect(a.annotate('司法部公开起诉书', ctx)).toEqual([]);
    expect(a.annotate('司法部公开起诉书').map((m) => m.entityId)).toEqual(['moj']); // fresh context
  });
  it('the udn story: mainland and Vietnamese ministers in one text', () => {
    const text =
      '大陸與越南公安部長19日進行視訊通話，大陸公安部長王小洪提出要聚焦。越南公安部長梁三光則說。\n' +
      '新華社報導，中共中央書記處書記兼公安部長王小洪，19日與越共中央政治局委員兼公安部長梁三光視訊通話。\n' +
      '梁三光強調，兩國公安部門近期合作成果顯著。\n報導稱，對於大陸公安部倡議的湄公河—瀾滄江執法合作機制，越南公安部表示高度認可。';
    const got = createAnnotator(dataset, { rank: false }).annotate(text).map((m) => [m.start, m.text]);
    const expected = ['大陸公安部長王', '兼公安部長王小洪', '大陸公安部倡'].map((ctx) => {
      const at = text.indexOf(ctx) + ctx.indexOf('公安部');
      return [at, '公安部'];
    });
    expect(got).toEqual(expected);
  });
});

describe('a page of a region (its site implies one)', () => {
  const on = (region: string | undefined, text: string) => {
    const a = createAnnotator(dataset, { rank: false });
    return a.annotate(text, a.createContext({ region })).map((m) => `${m.text}:${m.entityId}`);
  };
  it('reads the bare 最高法院 of a Taiwanese outlet as Taiwan\'s court', () => {
    expect(on('台湾', '最高法院今天駁回上訴，全案定讞。')).toEqual([]);
    expect(on('台湾', '最高法院今天驳回上诉')).toEqual([]);
    // The same sentence from a mainland outlet (no region) names the SPC, as before.
    expect(on(undefined, '最高法院今天駁回上訴，全案定讞。')).toEqual(['最高法院:spc']);
  });
  it('gives the PRC court back where a mainland cue precedes it in its clause', () => {
    expect(on('台湾', '中國最高法院發布司法解釋。')).toEqual(['最高法院:spc']);
    expect(on('台湾', '大陸最高法院發布新規，最高法院則駁回上訴。')).toEqual(['最高法院:spc']);
  });
  it('reads a Taiwanese outlet\'s bare 最高檢 and 檢察機關 as Taiwan\'s prosecutors', () => {
    expect(on('台湾', '最高檢今天表示，檢察機關將依法偵辦。')).toEqual([]);
    expect(on('台湾', '中國最高檢發布指導性案例。')).toEqual(['最高檢:spp']);
    expect(on(undefined, '最高檢今天表示，檢察機關將依法偵辦。')).toEqual(['最高檢:spp', '檢察機關:spp']);
    // Written out with the qualifier it is Taiwan's anywhere.
    expect(on(undefined, '台灣最高檢特偵組')).toEqual([]);
  });
  it('leaves the SPC\'s other names and the other agencies alone', () => {
    expect(on('台湾', '最高人民法院與最高法發布意見，公安部、司法部配合。')).toEqual([
      '最高人民法院:spc', '最高法:spc', '公安部:mps', '司法部:moj',
    ]);
  });
  it('takes the bare aliases from the data: any qualified exclusion that is its qualifier + an alias', () => {
    // us-doj 美国司法部 (qualifier 美国) makes a bare 司法部 the US DOJ on a page of region 美国.
    expect(on('美国', '司法部周三起诉三人。')).toEqual([]);
    expect(on('美国', '中国司法部发布规定。')).toEqual(['司法部:moj']);
    // A region no exclusion qualifies changes nothing.
    expect(on('火星', '最高法院与司法部')).toEqual(['最高法院:spc', '司法部:moj']);
  });
});

describe('named local courts and procuratorates', () => {
  it('take the place chain into the span when it starts with a province-level name', () => {
    expect(spans(dataset, '近日，河南省宁陵县人民法院判决')).toEqual(['河南省宁陵县人民法院:spc']);
    expect(spans(dataset, '浙江省高级人民法院发布')).toEqual(['浙江省高级人民法院:spc']);
    expect(spans(dataset, '吉林省洮南市人民检察院起诉')).toEqual(['吉林省洮南市人民检察院:spp']);
    expect(spans(dataset, '湖南省長沙市中級人民法院')).toEqual(['湖南省長沙市中級人民法院:spc']);
  });
  it('leave system mentions and other aliases alone', () => {
    expect(spans(dataset, '各级人民法院落实')).toEqual(['人民法院:spc']);
    expect(spans(dataset, '吉林省检察机关')).toEqual(['检察机关:spp']);
    expect(spans(dataset, '地方人民检察院')).toEqual(['人民检察院:spp']);
  });
});

describe('list-only surfaces', () => {
  it('公安/法院/司法局 count only in an enumeration of bodies', () => {
    expect(spans(dataset, '公安、法院、检察院、司法局、信访等部门')).toEqual([
      '公安:mps', '法院:spc', '检察院:spp', '司法局:moj', '信访:petitions',
    ]);
    expect(spans(dataset, '原告诉至法院，公安局介入，法院领导表示')).toEqual([]);
    expect(spans(dataset, '行政机关、法院、公益组织')).toEqual(['法院:spc']);
    // Only whole items: not the tail of another court's name or a longer word.
    expect(spans(dataset, '区域法院、高等法院、终审法院')).toEqual([]);
    expect(spans(dataset, '公安局、交警')).toEqual([]);
  });
});

describe('dictionary hygiene', () => {
  it('no alias begins with a proper suffix of a foreign cue word (the cue would cut it off)', () => {
    const lex = buildLexicon(dataset);
    const cues = lex.entries.filter((e) => e.kind === 'cue').map((e) => foldString(e.text));
    const aliases = lex.entries.filter((e) => e.kind !== 'cue').map((e) => foldString(e.text));
    const clashes: string[] = [];
    for (const cue of cues) {
      for (let k = 1; k < cue.length; k++) {
        const suffix = cue.slice(k);
        for (const a of aliases) if (a.startsWith(suffix)) clashes.push(`${cue}/${a}`);
      }
    }
    expect(clashes).toEqual([]);
  });
  it('mainland cues are not themselves aliases or exclusions', () => {
    const texts = new Set(buildLexicon(dataset).entries.filter((e) => e.kind !== 'cue').map((e) => foldString(e.text)));
    expect(MAINLAND_CUES.filter((c) => texts.has(foldString(c)))).toEqual([]);
  });
});

describe('resolving a long text part by part', () => {
  it('gives the same records whatever the part length (matches and cue windows across part ends)', () => {
    const { lexicon, matcher, mainland, resolver: tables } = loadAutomaton(dataset, AUTOMATON);
    const resolver = createResolver(dataset, lexicon, matcher, mainland, tables);
    const strings = lexiconStrings(dataset);
    const text = [
      strings.join(''),
      strings.join('、'),
      strings.map((s) => `内地${s}表示，美国${s}与越南${s}`).join('；'),
      '美国司法部起诉五人。司法部公开起诉书，雖然司法部表示…\n中国司法部发布',
      strings.join(' \u200b'),
    ].join('\n');
    const recordsWith = (chunk: number) => {
      const n = resolver.resolve(text, createContext(), chunk);
      return Array.from(resolver.out.subarray(0, OUT_STRIDE * n));
    };
    const whole = recordsWith(text.length + 1);
    expect(whole.length / OUT_STRIDE).toBeGreaterThan(500);
    for (const chunk of [1, 2, 3, 7, 64, 1000, RESOLVE_CHUNK]) expect(recordsWith(chunk), `chunk ${chunk}`).toEqual(whole);

    // A record tag sees each record's own span and pattern, in any part length, and leaves the
    // other values alone (annotate() tags records with their dictionary spelling).
    const tag: RecordTag = (t, start, end, pattern) => {
      expect(t).toBe(text);
      return (t.charCodeAt(start) * 31 + t.charCodeAt(end - 1)) * 1024 + pattern;
    };
    const expected = whole.map((v, i) =>
      i % OUT_STRIDE === 3 ? tag(text, whole[i - 3]!, whole[i - 2]!, v) : v,
    );
    for (const chunk of [1, 7, RESOLVE_CHUNK]) {
      const n = resolver.resolve(text, createContext(), chunk, tag);
      expect(Array.from(resolver.out.subarray(0, OUT_STRIDE * n)), `chunk ${chunk}`).toEqual(expected);
    }
    // …for that call only.
    expect(recordsWith(RESOLVE_CHUNK)).toEqual(whole);
  });
});
