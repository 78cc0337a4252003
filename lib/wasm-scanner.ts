/**
 * The matcher's scan in WebAssembly (lib/scanner.wat): lays one matcher's tables out in an instance's
 * memory and scans JS strings in place through the `wasm:js-string` builtins, so the text is never
 * copied. Same hits, in the same order, as lib/matcher.ts `scanTables` (tests/lib/matcher.test.ts runs
 * every property on both). Where WebAssembly, the JS string builtins or the extension's CSP
 * ('wasm-unsafe-eval') are missing, `createWasmScanner` returns undefined and the matcher scans in
 * JavaScript.
 */
import { SCANNER_WASM } from './generated/scanner-wasm.ts';
import { pinyinAnnotationEnd } from './normalize.ts';

/** The tables a matcher's scan reads (built by lib/matcher.ts). */
export interface ScanTables {
  classOf: Uint16Array;
  /**
   * Per code unit: 2 = in no pattern's first two characters, 1 = begins a pattern but is no second
   * character, 0 = may be a second character (or sits inside a match). Named for the skip loop it
   * was made for (the distance it could move); the two-pass scan samples the characters not at 2.
   */
  shift: Uint8Array;
  rootRow: Int32Array;
  terminal: Int32Array;
  childStart: Int32Array;
  childCls: Uint16Array;
  childTo: Int32Array;
  firstCount: number;
  /** Derived from the trie (not serialized): see lib/matcher.ts pairStates. */
  pairState: Uint16Array;
}

export interface WasmScanner {
  /** As Matcher.scan: hits in `hits` as (start, end, pattern) triples; returns their number. */
  scan(text: string, from: number, to: number, limit: number): number;
  /** A view of the instance's hits (valid until the next scan). */
  readonly hits: Int32Array;
  /** The instance's memory, in bytes. */
  readonly bytes: number;
}

interface ScannerExports {
  memory: WebAssembly.Memory;
  layout(pair: number, root: number, node: number, edges: number, cand: number, hits: number, classes: number, firstCount: number): void;
  scan(text: string, from: number, to: number, limit: number): number;
}

/** Must match the block size in lib/scanner.wat (candidates per block: BLOCK / 2 + 1). */
const BLOCK = 4096;
const CLASS_TABLE = 0;
const SHIFT_TABLE = 131072;
/** Room for this many hits before the memory first grows. */
const INITIAL_HITS = 2048;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, once per context; null where it cannot be compiled. */
function scannerModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      const binary = atob(SCANNER_WASM);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      // The second argument (JS string builtins) is not in TypeScript's lib yet.
      const Module = WebAssembly.Module as unknown as new (bytes: Uint8Array, options: { builtins: string[] }) => WebAssembly.Module;
      compiled = new Module(bytes, { builtins: ['js-string'] });
    } catch {
      compiled = null; // no WebAssembly, or compiling it is not allowed here (CSP)
    }
  }
  return compiled;
}

/** 4-byte aligned. */
const align = (n: number) => (n + 3) & ~3;

/**
 * A WebAssembly scanner for these tables, or undefined where it cannot run (then scan in JS).
 * Without the JS string builtins the `wasm:js-string` imports are unresolved and instantiation
 * fails: that is the feature test.
 */
export function createWasmScanner(t: ScanTables): WasmScanner | undefined {
  const module = scannerModule();
  if (!module) return undefined;
  let exports: ScannerExports;
  try {
    exports = new WebAssembly.Instance(module, { env: { pinyinAnnotationEnd } }).exports as unknown as ScannerExports;
  } catch {
    return undefined;
  }
  const classes = t.rootRow.length;
  const states = t.terminal.length;
  const edges = t.childCls.length;
  const pairAt = SHIFT_TABLE + 65536;
  const rootAt = align(pairAt + t.pairState.byteLength);
  const nodeAt = rootAt + 4 * classes;
  const edgesAt = nodeAt + 4 * (2 * states + 2);
  const candAt = edgesAt + 4 * edges;
  const hitsAt = candAt + 4 * (BLOCK / 2 + 1);
  const memory = exports.memory;
  const need = hitsAt + 12 * INITIAL_HITS;
  if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
  const buffer = memory.buffer;

  // Native copies (a loop over 64 K entries would run in the interpreter on a cold start); `layout`
  // turns the skip-ahead values into the scan's sample values in place.
  new Uint16Array(buffer, CLASS_TABLE, 65536).set(t.classOf);
  new Uint8Array(buffer, SHIFT_TABLE, 65536).set(t.shift);
  new Uint16Array(buffer, pairAt, t.pairState.length).set(t.pairState);
  new Int32Array(buffer, rootAt, classes).set(t.rootRow);
  const node = new Int32Array(buffer, nodeAt, 2 * states + 2);
  for (let s = 0; s < states; s++) {
    node[2 * s] = t.childStart[s]!;
    node[2 * s + 1] = t.terminal[s]!;
  }
  node[2 * states] = t.childStart[states]!;
  const edge = new Int32Array(buffer, edgesAt, edges);
  for (let e = 0; e < edges; e++) edge[e] = (t.childTo[e]! << 16) | t.childCls[e]!;
  exports.layout(pairAt, rootAt, nodeAt, edgesAt, candAt, hitsAt, classes, t.firstCount);

  let hits = new Int32Array(buffer, hitsAt);
  return {
    scan: (text, from, to, limit) => exports.scan(text, from, to, limit),
    get hits() {
      // The memory grows when the hits fill it, which detaches the old view.
      if (hits.buffer !== memory.buffer) hits = new Int32Array(memory.buffer, hitsAt);
      return hits;
    },
    get bytes() {
      return memory.buffer.byteLength;
    },
  };
}
