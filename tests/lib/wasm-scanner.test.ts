import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, it, expect, vi } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createAnnotator, type Annotator } from '../../lib/annotate.ts';
import { AUTOMATON } from '../../lib/generated/automaton.ts';
import { lexiconStrings } from '../../lib/lexicon.ts';
import { assembleScanner, renderScannerModule, WASM_MODULE_PATH } from '../../scripts/gen-wasm.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const seedDir = resolve(repoRoot, '../shared/seed');
const corpusDir = resolve(repoRoot, '../shared/corpus/dev');

/** Everything observable about the mentions (commitments included) and the records. */
const run = (a: Annotator, texts: readonly string[]) => {
  const ctx = a.createContext();
  const records = a.createContext();
  return texts.map((t) => JSON.stringify(a.annotate(t, ctx)) + JSON.stringify(a.records(t, records)));
};

describe('the WebAssembly scan (lib/scanner.wat)', () => {
  it('is assembled into lib/generated/scanner-wasm.ts (run `node scripts/gen-wasm.ts` if this fails)', async () => {
    expect(readFileSync(WASM_MODULE_PATH, 'utf8')).toBe(renderScannerModule(await assembleScanner()));
  });

  const wasm = createAnnotator(dataset, { compiled: AUTOMATON });
  const js = createAnnotator(dataset, { compiled: AUTOMATON, scanEngine: 'js' });

  it('gives the same mentions as the JavaScript scan on the dataset strings', () => {
    if (Number(process.versions.node.split('.')[0]) >= 24) expect(wasm.scanEngine).toBe('wasm');
    expect(js.scanEngine).toBe('js');
    const strings = lexiconStrings(dataset);
    const texts = [strings.join(''), strings.join('、'), strings.map((s) => `内地${s}表示，美国${s}与越南${s}`).join('；'), ...strings];
    const a = run(js, texts);
    expect(a[0]!.length).toBeGreaterThan(1000);
    expect(run(wasm, texts)).toEqual(a);
  });

  it.skipIf(!existsSync(seedDir))('gives the same mentions as the JavaScript scan on the seed article', () => {
    const texts = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
    expect(run(wasm, texts)).toEqual(run(js, texts));
  });

  it.skipIf(!existsSync(corpusDir))('gives the same mentions as the JavaScript scan on the dev corpus, whole and by paragraph', () => {
    const docs = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => (JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as { text: string }).text);
    expect(docs.length).toBeGreaterThan(0);
    expect(run(wasm, docs)).toEqual(run(js, docs));
    const paragraphs = docs.flatMap((d) => d.split('\n'));
    expect(run(wasm, paragraphs)).toEqual(run(js, paragraphs));
  });
});

/** The WebAssembly namespace with another Module constructor (everything else inherited). */
const withModule = (Module: unknown) => Object.assign(Object.create(WebAssembly) as typeof WebAssembly, { Module });

describe('where WebAssembly cannot run (no JS string builtins, or a CSP without wasm-unsafe-eval)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('scans in JavaScript, with the same mentions', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', withModule(function Module() {
      throw new WebAssembly.CompileError('WebAssembly.Module(): Refused to compile or instantiate WebAssembly module');
    }));
    const { createAnnotator: create } = await import('../../lib/annotate.ts');
    const blocked = create(dataset, { compiled: AUTOMATON });
    expect(blocked.scanEngine).toBe('js');
    const text = '最高检、公安部与檢察機關联合打击电信网络诈骗犯罪。美国司法部表示，司法部将起诉。';
    expect(run(blocked, [text])).toEqual(run(createAnnotator(dataset, { compiled: AUTOMATON, scanEngine: 'js' }), [text]));
    expect(blocked.annotate(text).map((m) => m.entity)).toEqual(['最高人民检察院', '公安部', '最高人民检察院', '电信网络诈骗']);
  });

  it('scans in JavaScript when the builtins are missing (the wasm:js-string imports do not resolve)', async () => {
    vi.resetModules();
    // An engine without the builtins ignores the compile option: instantiation then needs imports
    // for wasm:js-string, which the scanner does not provide.
    const RealModule = WebAssembly.Module;
    vi.stubGlobal('WebAssembly', withModule(function Module(bytes: Uint8Array<ArrayBuffer>) {
      return new RealModule(bytes);
    }));
    const { createAnnotator: create } = await import('../../lib/annotate.ts');
    expect(create(dataset, { compiled: AUTOMATON }).scanEngine).toBe('js');
  });
});
