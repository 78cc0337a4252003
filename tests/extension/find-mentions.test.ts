import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createAnnotator } from '../../lib/annotate.ts';
import { AUTOMATON } from '../../lib/generated/automaton.ts';
import { entityTable, mentionsFromRecords, type ReadingState } from '../../lib/mention-records.ts';
import { createMentionFinder, MAX_REQUEST_CHARS, sanitizeFindRequest, type FindMentionsReply, type FindMentionsRequest } from '../../extension/find-mentions.ts';

const corpusDir = resolve(import.meta.dirname, '../../../shared/corpus/dev');

/** A message hop: what the content script and the background see of each other's values. */
const hop = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('finding a page\'s mentions in the background', () => {
  const find = createMentionFinder(dataset, AUTOMATON);
  /**
   * Sends `texts` as a page does, `batch` flows per request, all requests at once (each reading on
   * from the state the previous one left in the background); returns the page's mentions.
   */
  const asPage = (texts: string[], batch: number, state: ReadingState = [], scan = 'scan') => {
    const table = entityTable(dataset);
    const requests: FindMentionsRequest[] = [];
    for (let i = 0, b = 0; i < texts.length; i += batch, b++) {
      const last = i + batch >= texts.length;
      requests.push({ texts: texts.slice(i, i + batch), state: b === 0 ? state : { after: `${scan}.${b - 1}` }, ...(last ? {} : { id: `${scan}.${b}` }) });
    }
    const replies = requests.map((r) => hop<FindMentionsReply>(find(sanitizeFindRequest(hop(r), dataset)!)));
    return requests.flatMap((r, b) => r.texts.map((text, k) => mentionsFromRecords(text, replies[b]!.records[k]!, table)));
  };
  const annotated = (texts: string[]) => {
    const annotator = createAnnotator(dataset, { rank: false });
    const context = annotator.createContext();
    return texts.map((text) => annotator.annotate(text, context).map(({ commitments: _, ...own }) => own));
  };

  it('carries a story\'s foreign reading from one request to the next', () => {
    const texts = ['美国司法部周三起诉三名黑客。', '司法部表示，案件仍在调查。', '中国司法部推进公共法律服务。'];
    const oneByOne = asPage(texts, 1);
    expect(oneByOne[1]).toEqual([]); // the US DOJ again, not China's 司法部
    expect(oneByOne[2]!.map((m) => m.entityId)).toContain('moj');
    expect(oneByOne).toEqual(annotated(texts));
    // A rescan starts afresh: alone, the second paragraph's 司法部 is China's.
    expect(asPage([texts[1]!], 1)[0]!.map((m) => m.entityId)).toEqual(['moj']);
    // So does a request whose predecessor's state is not there (the service worker restarted).
    expect(find({ texts: [texts[1]!], state: { after: 'gone.0' } }).records[0]!.length).toBe(3);
    // An explicit state continues a story too (the page's state after its full scan).
    const usDoj = find({ texts: [texts[0]!], state: [] }).state;
    expect(usDoj).toEqual([['moj', '美国']]);
    expect(find({ texts: [texts[1]!], state: usDoj }).records[0]).toEqual([]);
  });

  it.skipIf(!existsSync(corpusDir))('gives the page the mentions annotate() finds, in batches of any size (dev corpus paragraphs)', () => {
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const { text } = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as { text: string };
      const paragraphs = text.split('\n');
      const expected = annotated(paragraphs);
      for (const batch of [1, 3, paragraphs.length]) expect(asPage(paragraphs, batch), `${file}, ${batch} per request`).toEqual(expected);
    }
  });

  it('reads a page in the region its site implies, across its requests', () => {
    const finder = createMentionFinder(dataset, AUTOMATON);
    const texts = ['最高法院今天駁回上訴。', '中國最高法院發布司法解釋。'];
    const spc = (reply: FindMentionsReply) => reply.records.map((r) => r.length / 3);
    // A Taiwanese outlet's bare 最高法院 is Taiwan's court; with a mainland cue it is the SPC.
    expect(spc(finder({ texts, state: [] }, '台湾'))).toEqual([0, 1]);
    // A chained request reads on in the region the background is given for it.
    finder({ texts: [texts[1]!], state: [], id: 'tw.0' }, '台湾');
    expect(spc(finder({ texts: [texts[0]!], state: { after: 'tw.0' } }, '台湾'))).toEqual([0]);
    // Elsewhere (no region) the bare form is the SPC, as before.
    expect(spc(finder({ texts, state: [] }))).toEqual([1, 1]);
  });

  it('keeps only the newest states for later requests, each for one request', () => {
    const finder = createMentionFinder(dataset, AUTOMATON);
    for (let k = 0; k < 70; k++) finder({ texts: ['美国司法部起诉。'], state: [], id: `tab.${k}` });
    const bareMoj = (after: string) => finder({ texts: ['司法部表示。'], state: { after } }).records[0]!.length > 0;
    expect(bareMoj('tab.0')).toBe(true); // evicted: read from []
    expect(bareMoj('tab.69')).toBe(false); // kept: still the US DOJ
    expect(bareMoj('tab.69')).toBe(true); // used once
  });

  it('accepts only well-formed requests', () => {
    const good = { texts: ['公安部'], state: [['moj', '美国']] };
    expect(sanitizeFindRequest(good, dataset)).toEqual(good);
    const chained = { texts: ['公安部'], state: { after: 'ab12.3.0' }, id: 'ab12.3.1' };
    expect(sanitizeFindRequest(chained, dataset)).toEqual(chained);
    for (const bad of [
      undefined, 'x', { texts: '公安部', state: [] }, { texts: [7], state: [] }, { texts: ['a'] }, { texts: ['a'], state: [['nope', '美国']] },
      { texts: ['a'], state: [['moj', 7]] }, { texts: ['a'], state: [['moj']] }, { texts: ['a'], state: [['moj', 'x'.repeat(40)]] },
      { texts: ['x'.repeat(MAX_REQUEST_CHARS / 2), 'x'.repeat(MAX_REQUEST_CHARS / 2 + 1)], state: [] },
      { texts: ['a'], state: { after: 7 } }, { texts: ['a'], state: { after: 'x', also: [] } }, { texts: ['a'], state: { after: '' } },
      { texts: ['a'], state: [], id: 'x'.repeat(65) }, { texts: ['a'], state: [], id: 3 },
    ]) {
      expect(sanitizeFindRequest(bad, dataset)).toBeUndefined();
    }
  });
});
