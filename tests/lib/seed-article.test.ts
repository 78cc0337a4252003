/**
 * The source article annotated by the core: every agency name and policy term in it is highlighted,
 * and each mention leads with a commitment of its own agency or term (issue 3's "done when").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createAnnotator } from '../../lib/annotate.ts';

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', '000_9e49983683141d20.txt');
const hasSeed = existsSync(SEED);
const why = hasSeed ? '' : ` — skipped: the source article is not at ${SEED}`;

describe.skipIf(!hasSeed)(`the source article, annotated${why}`, () => {
  const text = hasSeed ? readFileSync(SEED, 'utf8') : '';
  const mentions = createAnnotator(dataset).annotate(text);
  const commitment = new Map(dataset.commitments.map((c) => [c.id, c]));

  it('mentions every agency and every term of the dataset', () => {
    const found = new Set(mentions.map((m) => m.entityId));
    expect(dataset.agencies.filter((a) => !found.has(a.id)).map((a) => a.name)).toEqual([]);
    expect(dataset.terms.filter((t) => !found.has(t.id)).map((t) => t.name)).toEqual([]);
  });

  it('covers every occurrence of every alias, with the alias owner where the span is the alias', () => {
    const problems: string[] = [];
    for (const owner of [...dataset.agencies, ...dataset.terms]) {
      for (const { text: alias } of owner.aliases) {
        for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
          const end = at + alias.length;
          const m = mentions.find((x) => x.start <= at && x.end >= end);
          if (!m) problems.push(`${alias}@${at}: not highlighted`);
          else if (m.start === at && m.end === end && m.entityId !== owner.id) {
            problems.push(`${alias}@${at}: linked to ${m.entityId}, not ${owner.id}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('leads every mention with a commitment of its own agency or term', () => {
    const wrong = mentions
      .filter((m) => {
        const top = commitment.get(m.commitments[0] ?? '');
        return !top || (m.kind === 'agency' ? top.agency !== m.entityId : !top.terms.includes(m.entityId));
      })
      .map((m) => `${m.text}@${m.start} → ${m.commitments[0]}`);
    expect(wrong).toEqual([]);
  });
});
