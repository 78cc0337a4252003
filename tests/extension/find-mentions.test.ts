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
  /** Sends `texts` as a page does, `batch` flows per request, carrying the reading state; returns the page's mentions. */
  const asPage = (texts: string[], batch: number, state: ReadingState = []) => {
    const table = entityTable(dataset);
    const found = [];
    for (let i = 0; i < texts.length; i += batch) {
      const request = sanitizeFindRequest(hop<FindMentionsRequest>({ texts: texts.slice(i, i + batch), state }), dataset)!;
      const reply = hop<FindMentionsReply>(find(request));
      state = reply.state;
      found.push(...request.texts.map((text, k) => mentionsFromRecords(text, reply.records[k]!, table)));
    }
    return found;
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
  });

  it.skipIf(!existsSync(corpusDir))('gives the page the mentions annotate() finds, in batches of any size (dev corpus paragraphs)', () => {
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const { text } = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as { text: string };
      const paragraphs = text.split('\n');
      const expected = annotated(paragraphs);
      for (const batch of [1, 3, paragraphs.length]) expect(asPage(paragraphs, batch), `${file}, ${batch} per request`).toEqual(expected);
    }
  });

  it('accepts only well-formed requests', () => {
    const good = { texts: ['公安部'], state: [['moj', '美国']] };
    expect(sanitizeFindRequest(good, dataset)).toEqual(good);
    for (const bad of [
      undefined, 'x', { texts: '公安部', state: [] }, { texts: [7], state: [] }, { texts: ['a'] }, { texts: ['a'], state: [['nope', '美国']] },
      { texts: ['a'], state: [['moj', 7]] }, { texts: ['a'], state: [['moj']] }, { texts: ['a'], state: [['moj', 'x'.repeat(40)]] },
      { texts: ['x'.repeat(MAX_REQUEST_CHARS / 2), 'x'.repeat(MAX_REQUEST_CHARS / 2 + 1)], state: [] },
    ]) {
      expect(sanitizeFindRequest(bad, dataset)).toBeUndefined();
    }
  });
});
