/**
 * Runtime validator of the commitment dataset: the shape of every record (the types in
 * data/schema.ts, checked at run time) plus the cross-references between records. Pure: no DOM, no
 * file system — `scripts/data-check.ts` reads the article and passes its paragraphs in.
 *
 * Every error names the record (`commitments[<id>]`) and the field (`agency`, `aliases[3].text` …).
 */
import {
  AGENCY_IDS, ALIAS_FORMS, CATEGORY_IDS, EXCLUSION_KINDS, THEME_IDS, UNDERLINE_STYLES,
} from '../../data/schema.ts';
import type { Dataset } from '../../data/schema.ts';
import { contrastRatio, isHexColour, TYPICAL_PAGE, TYPICAL_TEXT } from './contrast.ts';

export interface ValidationError {
  /** The record, e.g. `commitments[2024-xinhua-mps-kunlun]`, `terms[#3]` when it has no usable id. */
  record: string;
  /** The field within it, e.g. `agency`, `aliases[2].text`. */
  field: string;
  message: string;
}

export interface ValidateOptions {
  /**
   * Article paragraphs per source id (see lib/data/paragraphs.ts). Where given, paragraph numbers,
   * evidence phrases, section headings and paragraph counts are checked against the text, and
   * summaries are checked not to quote the paragraph at length.
   */
  paragraphs?: Readonly<Record<string, readonly string[]>>;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
}

/** Longest stretch of a summary that may repeat its paragraph verbatim (term names are long). */
export const MAX_QUOTED_CHARS = 12;
/** Longest evidence phrase, in characters (code points). */
export const MAX_EVIDENCE_CHARS = 16;
/** Minimum contrast of a highlight background with typical page text (WCAG AAA for text). */
export const MIN_TEXT_CONTRAST = 7;
/** Minimum contrast of an underline with its highlight and with the page (WCAG non-text). */
export const MIN_UNDERLINE_CONTRAST = 3;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatError(error: ValidationError): string {
  return `${error.record}.${error.field}: ${error.message}`;
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function charLength(s: string): number {
  return [...s].length;
}

/** Length of the longest common substring (in UTF-16 units; the texts are BMP Chinese). */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const v = (prev[j - 1] ?? 0) + 1;
        cur[j] = v;
        if (v > best) best = v;
      }
    }
    prev = cur;
  }
  return best;
}

class Collector {
  readonly errors: ValidationError[] = [];
  add(record: string, field: string, message: string): void {
    this.errors.push({ record, field, message });
  }
  /** A required non-empty string field; returns it, or undefined after reporting. */
  str(o: Obj, record: string, field: string, optional = false, prefix = ''): string | undefined {
    const v = o[field];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.add(record, prefix + field, v === undefined ? 'is missing' : 'must be a non-empty string');
      return undefined;
    }
    return v;
  }
  int(o: Obj, record: string, field: string, min: number, prefix = ''): number | undefined {
    const v = o[field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
      this.add(record, prefix + field, v === undefined ? 'is missing' : `must be an integer ≥ ${min}`);
      return undefined;
    }
    return v;
  }
  oneOf<T extends string>(o: Obj, record: string, field: string, allowed: readonly T[], prefix = ''): T | undefined {
    const v = o[field];
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.add(record, prefix + field, `${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v as T;
  }
  arr(o: Obj, record: string, field: string, optional = false): unknown[] | undefined {
    const v = o[field];
    if (v === undefined && optional) return undefined;
    if (!Array.isArray(v)) {
      this.add(record, field, v === undefined ? 'is missing' : 'must be an array');
      return undefined;
    }
    return v;
  }
}

/** Records of one collection with their display names; reports duplicate and malformed ids. */
function collect(c: Collector, data: Obj, key: keyof Dataset, slugIds = true): { rec: Obj; name: string }[] {
  const list = c.arr(data, 'dataset', key);
  if (!list) return [];
  const seen = new Set<string>();
  return list.flatMap((rec, i) => {
    if (!isObj(rec)) {
      c.add(`${key}[#${i}]`, '(record)', 'must be an object');
      return [];
    }
    const id = rec.id;
    const name = typeof id === 'string' && id !== '' ? `${key}[${id}]` : `${key}[#${i}]`;
    if (typeof id !== 'string' || id === '') {
      c.add(name, 'id', 'is missing');
    } else {
      if (slugIds && !SLUG.test(id)) c.add(name, 'id', `"${id}" is not a lower-case ASCII slug`);
      if (seen.has(id)) c.add(name, 'id', `duplicate id "${id}" (also used by an earlier ${key} record)`);
      seen.add(id);
    }
    return [{ rec, name }];
  });
}

function checkColours(c: Collector, name: string, rec: Obj): void {
  const colours = rec.colours;
  if (!isObj(colours)) {
    c.add(name, 'colours', 'is missing');
    return;
  }
  for (const mode of ['light', 'dark'] as const) {
    const pair = colours[mode];
    if (!isObj(pair)) {
      c.add(name, `colours.${mode}`, 'is missing');
      continue;
    }
    const bg = pair.background;
    const ul = pair.underline;
    if (typeof bg !== 'string' || !isHexColour(bg)) {
      c.add(name, `colours.${mode}.background`, `${JSON.stringify(bg)} is not a #rgb/#rrggbb colour`);
      continue;
    }
    if (typeof ul !== 'string' || !isHexColour(ul)) {
      c.add(name, `colours.${mode}.underline`, `${JSON.stringify(ul)} is not a #rgb/#rrggbb colour`);
      continue;
    }
    const text = contrastRatio(bg, TYPICAL_TEXT[mode]);
    if (text < MIN_TEXT_CONTRAST) {
      c.add(name, `colours.${mode}.background`,
        `contrast with ${mode}-mode text ${TYPICAL_TEXT[mode]} is ${text.toFixed(2)}:1, below ${MIN_TEXT_CONTRAST}:1`);
    }
    for (const [against, what] of [[bg, 'its background'], [TYPICAL_PAGE[mode], `the ${mode} page ${TYPICAL_PAGE[mode]}`]] as const) {
      const r = contrastRatio(ul, against);
      if (r < MIN_UNDERLINE_CONTRAST) {
        c.add(name, `colours.${mode}.underline`,
          `contrast with ${what} is ${r.toFixed(2)}:1, below ${MIN_UNDERLINE_CONTRAST}:1`);
      }
    }
  }
}

export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const c = new Collector();
  if (!isObj(input)) {
    c.add('dataset', '(root)', 'must be an object');
    return { ok: false, errors: c.errors };
  }
  c.int(input, 'dataset', 'version', 1);

  // ── categories ──────────────────────────────────────────────────────────────────────────
  const categories = collect(c, input, 'categories');
  const categoryIds = new Set<string>();
  const styles = new Map<string, string>();
  for (const { rec, name } of categories) {
    const id = c.oneOf(rec, name, 'id', CATEGORY_IDS);
    if (id) categoryIds.add(id);
    const label = rec.label;
    if (!isObj(label)) c.add(name, 'label', 'is missing');
    else for (const lang of ['zhCN', 'zhTW', 'en']) c.str(label, name, lang, false, 'label.');
    checkColours(c, name, rec);
    const style = c.oneOf(rec, name, 'underlineStyle', UNDERLINE_STYLES);
    if (style) {
      const other = styles.get(style);
      if (other) c.add(name, 'underlineStyle', `"${style}" is also used by ${other}; styles must differ`);
      styles.set(style, name);
    }
  }
  for (const id of CATEGORY_IDS) {
    if (!categoryIds.has(id)) c.add(`categories[${id}]`, 'id', `category "${id}" is missing`);
  }

  // ── sources ─────────────────────────────────────────────────────────────────────────────
  const sources = new Map<string, { year?: number; count?: number; sections: { theme: string; paragraph: number }[] }>();
  for (const { rec, name } of collect(c, input, 'sources')) {
    for (const f of ['outlet', 'outletEn', 'title', 'titleEn']) c.str(rec, name, f);
    c.str(rec, name, 'url', true);
    c.str(rec, name, 'seedFile', true);
    const date = c.str(rec, name, 'date');
    if (date && !isIsoDate(date)) c.add(name, 'date', `"${date}" is not an ISO date (YYYY-MM-DD)`);
    const year = c.int(rec, name, 'year', 1949);
    const count = c.int(rec, name, 'paragraphCount', 1);
    const sections: { theme: string; paragraph: number }[] = [];
    const list = c.arr(rec, name, 'sections') ?? [];
    const id = typeof rec.id === 'string' ? rec.id : '';
    const paras = options.paragraphs?.[id];
    if (paras && count !== undefined && paras.length !== count) {
      c.add(name, 'paragraphCount', `is ${count} but the article has ${paras.length} paragraphs`);
    }
    if (paras && typeof rec.title === 'string' && !paras.includes(rec.title)) {
      c.add(name, 'title', `"${rec.title}" is not a paragraph (headline line) of the article`);
    }
    list.forEach((s, i) => {
      const field = `sections[${i}]`;
      if (!isObj(s)) {
        c.add(name, field, 'must be an object');
        return;
      }
      const theme = c.oneOf(s, name, 'theme', THEME_IDS, `${field}.`);
      const heading = c.str(s, name, 'heading', false, `${field}.`);
      const p = c.int(s, name, 'paragraph', 1, `${field}.`);
      if (theme === undefined || p === undefined) return;
      if (sections.some((x) => x.theme === theme)) c.add(name, `${field}.theme`, `theme "${theme}" has two sections`);
      if (!categoryIds.has(theme)) c.add(name, `${field}.theme`, `unknown category "${theme}"`);
      const last = sections.at(-1);
      if (last && p <= last.paragraph) c.add(name, `${field}.paragraph`, 'sections must be in article order');
      if (count !== undefined && p > count) {
        c.add(name, `${field}.paragraph`, `paragraph ${p} does not exist (the article has ${count})`);
      }
      if (paras && heading !== undefined && p <= paras.length && paras[p - 1]?.trim() !== heading) {
        c.add(name, `${field}.heading`, `"${heading}" is not paragraph ${p} of the article ("${paras[p - 1]}")`);
      }
      sections.push({ theme, paragraph: p });
    });
    if (id) sources.set(id, { year, count, sections });
  }

  // ── agencies, terms, exclusions: aliases claimed once ────────────────────────────────────
  const claims = new Map<string, string>();
  const claim = (text: string, owner: string, record: string, field: string): void => {
    const other = claims.get(text);
    if (other !== undefined) {
      c.add(record, field, `alias "${text}" is claimed by both ${other} and ${owner}`);
      return;
    }
    claims.set(text, owner);
  };
  const checkAliases = (rec: Obj, name: string): string[] => {
    const list = c.arr(rec, name, 'aliases') ?? [];
    if (list.length === 0) c.add(name, 'aliases', 'must list at least one alias');
    const texts: string[] = [];
    list.forEach((a, i) => {
      const field = `aliases[${i}]`;
      if (!isObj(a)) {
        c.add(name, field, 'must be an object');
        return;
      }
      const text = a.text;
      if (typeof text !== 'string' || text.trim() === '' || text !== text.trim()) {
        c.add(name, `${field}.text`, 'must be a non-empty string without surrounding spaces');
      } else {
        texts.push(text);
        claim(text, name, name, `${field}.text`);
      }
      if (typeof a.form !== 'string' || !(ALIAS_FORMS as readonly string[]).includes(a.form)) {
        c.add(name, `${field}.form`, `${JSON.stringify(a.form)} is not one of ${ALIAS_FORMS.join(', ')}`);
      }
    });
    return texts;
  };

  const agencyIds = new Set<string>();
  const agencyAliases = new Map<string, string[]>();
  for (const { rec, name } of collect(c, input, 'agencies')) {
    const id = c.oneOf(rec, name, 'id', AGENCY_IDS);
    const agencyName = c.str(rec, name, 'name');
    c.str(rec, name, 'nameEn');
    const texts = checkAliases(rec, name);
    if (agencyName !== undefined && !texts.includes(agencyName)) {
      c.add(name, 'aliases', `the full name "${agencyName}" is not among the aliases`);
    }
    if (id) {
      agencyIds.add(id);
      agencyAliases.set(id, texts);
    }
  }
  for (const id of AGENCY_IDS) {
    if (!agencyIds.has(id)) c.add(`agencies[${id}]`, 'id', `agency "${id}" is missing`);
  }

  const termIds = new Set<string>();
  const terms = collect(c, input, 'terms');
  for (const { rec, name } of terms) {
    if (typeof rec.id === 'string') termIds.add(rec.id);
    c.str(rec, name, 'name');
    c.str(rec, name, 'nameEn');
    const cat = rec.category;
    if (typeof cat !== 'string' || !categoryIds.has(cat) || !(THEME_IDS as readonly string[]).includes(cat)) {
      c.add(name, 'category', `unknown category ${JSON.stringify(cat)} (must be one of ${THEME_IDS.join(', ')})`);
    }
    const agencies = c.arr(rec, name, 'agencies') ?? [];
    agencies.forEach((a, i) => {
      if (typeof a !== 'string' || !agencyIds.has(a)) c.add(name, `agencies[${i}]`, `unknown agency ${JSON.stringify(a)}`);
    });
    checkAliases(rec, name);
  }

  for (const { rec, name } of collect(c, input, 'exclusions')) {
    const text = c.str(rec, name, 'text');
    if (text !== undefined) claim(text, name, name, 'text');
    const kind = c.oneOf(rec, name, 'kind', EXCLUSION_KINDS);
    c.str(rec, name, 'refersTo');
    c.str(rec, name, 'qualifier', true);
    c.str(rec, name, 'note', true);
    const resembles = rec.resembles;
    if (typeof resembles !== 'string' || !agencyIds.has(resembles)) {
      c.add(name, 'resembles', `unknown agency ${JSON.stringify(resembles)}`);
    } else if (kind === 'generic-word' && text !== undefined) {
      const inside = (agencyAliases.get(resembles) ?? []).some((a) => text.includes(a));
      if (!inside) c.add(name, 'text', `generic word "${text}" contains no alias of agency "${resembles}"`);
    }
  }

  // ── commitments ─────────────────────────────────────────────────────────────────────────
  const used = new Set<string>();
  for (const { rec, name } of collect(c, input, 'commitments')) {
    const sourceId = rec.sourceId;
    const source = typeof sourceId === 'string' ? sources.get(sourceId) : undefined;
    if (!source) c.add(name, 'sourceId', `unknown source ${JSON.stringify(sourceId)}`);
    const year = c.int(rec, name, 'year', 1949);
    if (source?.year !== undefined && year !== undefined && year !== source.year) {
      c.add(name, 'year', `is ${year} but source "${String(sourceId)}" is for ${source.year}`);
    }
    const agency = rec.agency;
    if (typeof agency !== 'string' || !agencyIds.has(agency)) c.add(name, 'agency', `unknown agency ${JSON.stringify(agency)}`);
    const theme = rec.theme;
    const themeOk = typeof theme === 'string' && categoryIds.has(theme) && (THEME_IDS as readonly string[]).includes(theme);
    if (!themeOk) c.add(name, 'theme', `unknown category ${JSON.stringify(theme)} (must be one of ${THEME_IDS.join(', ')})`);
    const kind = c.oneOf(rec, name, 'kind', ['measure', 'statement'] as const);
    const summary = c.str(rec, name, 'summary');
    c.str(rec, name, 'summaryEn');

    const termList = c.arr(rec, name, 'terms') ?? [];
    const own = new Set<string>();
    termList.forEach((t, i) => {
      if (typeof t !== 'string' || !termIds.has(t)) {
        c.add(name, `terms[${i}]`, `unknown term ${JSON.stringify(t)}`);
        return;
      }
      if (own.has(t)) c.add(name, `terms[${i}]`, `term "${t}" is listed twice`);
      own.add(t);
      used.add(t);
    });

    (c.arr(rec, name, 'targets', true) ?? []).forEach((t, i) => {
      const field = `targets[${i}]`;
      if (!isObj(t)) {
        c.add(name, field, 'must be an object');
        return;
      }
      if (typeof t.text !== 'string' || t.text.trim() === '') c.add(name, `${field}.text`, 'must be a non-empty string');
      if (typeof t.textEn !== 'string' || t.textEn.trim() === '') c.add(name, `${field}.textEn`, 'must be a non-empty string');
      if (t.deadline !== undefined && (typeof t.deadline !== 'string' || !isIsoDate(t.deadline))) {
        c.add(name, `${field}.deadline`, `${JSON.stringify(t.deadline)} is not an ISO date (YYYY-MM-DD)`);
      }
    });

    const speaker = rec.speaker;
    if (speaker !== undefined) {
      if (!isObj(speaker)) c.add(name, 'speaker', 'must be an object');
      else for (const f of ['name', 'title', 'titleEn']) {
        if (typeof speaker[f] !== 'string' || (speaker[f] as string).trim() === '') {
          c.add(name, `speaker.${f}`, 'must be a non-empty string');
        }
      }
    }
    if (kind === 'statement' && speaker === undefined) c.add(name, 'speaker', 'a statement needs its speaker');

    const paragraph = c.int(rec, name, 'paragraph', 1);
    const evidence = c.str(rec, name, 'evidence');
    if (evidence !== undefined && charLength(evidence) > MAX_EVIDENCE_CHARS) {
      c.add(name, 'evidence', `"${evidence}" is ${charLength(evidence)} characters; at most ${MAX_EVIDENCE_CHARS} (a key phrase, not a sentence)`);
    }
    if (!source || paragraph === undefined) continue;
    if (source.count !== undefined && paragraph > source.count) {
      c.add(name, 'paragraph', `paragraph ${paragraph} does not exist in source "${String(sourceId)}" (it has ${source.count})`);
      continue;
    }
    const section = source.sections.filter((s) => s.paragraph <= paragraph).at(-1);
    if (source.sections.some((s) => s.paragraph === paragraph)) {
      c.add(name, 'paragraph', `paragraph ${paragraph} is a section heading`);
    } else if (!section) {
      c.add(name, 'paragraph', `paragraph ${paragraph} comes before the first themed section`);
    } else if (themeOk && section.theme !== theme) {
      c.add(name, 'theme', `is "${String(theme)}" but paragraph ${paragraph} is in the "${section.theme}" section`);
    }

    const paras = typeof sourceId === 'string' ? options.paragraphs?.[sourceId] : undefined;
    if (!paras) continue;
    const text = paras[paragraph - 1];
    if (text === undefined) {
      c.add(name, 'paragraph', `paragraph ${paragraph} does not exist in the article of "${String(sourceId)}" (it has ${paras.length})`);
      continue;
    }
    if (evidence !== undefined && !text.includes(evidence)) {
      c.add(name, 'evidence', `"${evidence}" does not occur in paragraph ${paragraph} of the article`);
    }
    if (summary !== undefined) {
      const quoted = longestCommonSubstring(summary, text);
      if (quoted > MAX_QUOTED_CHARS) {
        c.add(name, 'summary', `repeats ${quoted} consecutive characters of paragraph ${paragraph}; summarise in own words (≤ ${MAX_QUOTED_CHARS})`);
      }
    }
  }

  for (const { rec, name } of terms) {
    if (typeof rec.id === 'string' && !used.has(rec.id)) {
      c.add(name, 'id', `term "${rec.id}" is not used by any commitment`);
    }
  }

  return { ok: c.errors.length === 0, errors: c.errors };
}
