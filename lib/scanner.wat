;; The matcher's scan (lib/matcher.ts scanTables) in WebAssembly: the same two passes over the same
;; tables, with the same output. lib/wasm-scanner.ts lays the tables out in this module's memory
;; and calls `scan`; scripts/gen-wasm.ts assembles this file (wabt) into lib/generated/scanner-wasm.ts.
;;
;; Why: the scan reads the page's text with String.prototype.charCodeAt. From JavaScript every read
;; re-checks the string's representation and every table read its bounds; from WebAssembly the
;; `wasm:js-string` builtin charCodeAt (no copy of the text) and plain loads from linear memory do
;; the same work in fewer instructions (1M characters of the bench text: 2.7 → 1.8 ms).
;; Needs the JS string builtins (Chrome 130, Firefox 134, Node 24); without them lib/matcher.ts
;; scans in JavaScript.
;;
;; Memory layout (byte offsets; the variable ones are set by `layout`):
;;   0         class of each UTF-16 code unit, u16[65536]           (Tables.classOf)
;;   131072    sample value of each code unit, u8[65536]: 0 = in no pattern's first two characters,
;;             1 = begins a pattern but is no second character, 3 = may be a second character (or
;;             sits inside a match). Written as Tables.shift (2, 1, 0; a native copy) and mapped
;;             here by `layout` (a 64 K loop in JavaScript would run in the interpreter on a cold start).
;;   $pair     u16[firstCount × classes]                            (Tables.pairState)
;;   $root     i32[classes]                                          (Tables.rootRow)
;;   $node     i32 pairs per state: first child edge, terminal pattern (or -1); one more pair
;;             whose first value ends the last state's edges         (childStart, terminal)
;;   $edges    i32 per edge: target state << 16 | class              (childTo, childCls)
;;   $cand     i32[BLOCK / 2 + 1]: one block's candidates
;;   $hits     i32 triples (start, end, pattern), to the end of memory (grown when full)
(module
  (import "wasm:js-string" "charCodeAt" (func $charCodeAt (param externref i32) (result i32)))
  (import "wasm:js-string" "length" (func $length (param externref) (result i32)))
  ;; lib/normalize.ts pinyinAnnotationEnd (rare: only at a parenthesis inside or after a match)
  (import "env" "pinyinAnnotationEnd" (func $pinyinEnd (param externref i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $pair (mut i32) (i32.const 0))
  (global $root (mut i32) (i32.const 0))
  (global $node (mut i32) (i32.const 0))
  (global $edges (mut i32) (i32.const 0))
  (global $cand (mut i32) (i32.const 0))
  (global $hits (mut i32) (i32.const 0))
  (global $classes (mut i32) (i32.const 0))
  (global $firstCount (mut i32) (i32.const 0))
  ;; set by $walk: the pattern it found, or -1
  (global $walkPattern (mut i32) (i32.const -1))

  (func (export "layout") (param $pair i32) (param $root i32) (param $node i32) (param $edges i32)
    (param $cand i32) (param $hits i32) (param $classes i32) (param $firstCount i32)
    (local $c i32)
    (global.set $pair (local.get $pair))
    (global.set $root (local.get $root))
    (global.set $node (local.get $node))
    (global.set $edges (local.get $edges))
    (global.set $cand (local.get $cand))
    (global.set $hits (local.get $hits))
    (global.set $classes (local.get $classes))
    (global.set $firstCount (local.get $firstCount))
    ;; shift 0 → 3, 1 → 1, 2 → 0: (0x013 >> 4 × shift) & 15
    (local.set $c (i32.const 131072))
    (loop $map
      (i32.store8 (local.get $c)
        (i32.and (i32.shr_u (i32.const 0x013) (i32.shl (i32.load8_u (local.get $c)) (i32.const 2))) (i32.const 15)))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br_if $map (i32.lt_u (local.get $c) (i32.const 196608)))))

  (func $classOf (param $c i32) (result i32)
    (i32.load16_u (i32.shl (local.get $c) (i32.const 1))))

  ;; Appends a hit at index $count, doubling the memory when the hits reach its end.
  (func $pushHit (param $count i32) (param $start i32) (param $end i32) (param $pattern i32)
    (local $h i32)
    (local.set $h (i32.add (global.get $hits) (i32.mul (local.get $count) (i32.const 12))))
    (if (i32.gt_u (i32.add (local.get $h) (i32.const 12)) (i32.shl (memory.size) (i32.const 16)))
      (then (if (i32.lt_s (memory.grow (memory.size)) (i32.const 0)) (then unreachable))))
    (i32.store (local.get $h) (local.get $start))
    (i32.store offset=4 (local.get $h) (local.get $end))
    (i32.store offset=8 (local.get $h) (local.get $pattern)))

  (func $pairState (param $f i32) (param $cls i32) (result i32)
    (i32.load16_u (i32.add (global.get $pair)
      (i32.shl (i32.add (i32.mul (local.get $f) (global.get $classes)) (local.get $cls)) (i32.const 1)))))

  (func $rootState (param $f i32) (result i32)
    (i32.load (i32.add (global.get $root) (i32.shl (i32.add (local.get $f) (i32.const 4)) (i32.const 2)))))

  ;; The walk: the longest complete pattern from state $s with the next character at $j, ending by
  ;; $limit. Returns the end of that pattern (a trailing pinyin annotation included) and sets
  ;; $walkPattern to it, or to -1 when no pattern completes.
  (func $walk (param $text externref) (param $s i32) (param $j i32) (param $limit i32) (param $textLength i32) (result i32)
    (local $best i32) (local $bestEnd i32) (local $lineBreaks i32) (local $ch i32) (local $cls i32)
    (local $e i32) (local $end i32) (local $t i32) (local $edge i32)
    (local.set $best (i32.load offset=4 (i32.add (global.get $node) (i32.shl (local.get $s) (i32.const 3)))))
    (local.set $bestEnd (local.get $j))
    (block $walked
      (loop $step
        (br_if $walked (i32.ge_s (local.get $j) (local.get $limit)))
        (local.set $ch (call $charCodeAt (local.get $text) (local.get $j)))
        (local.set $cls (call $classOf (local.get $ch)))
        (br_if $walked (i32.eqz (local.get $cls))) ;; the usual end: a character in no pattern
        (if (i32.ge_u (local.get $cls) (i32.const 4))
          (then
            (local.set $e (i32.load (i32.add (global.get $node) (i32.shl (local.get $s) (i32.const 3)))))
            (local.set $end (i32.load offset=8 (i32.add (global.get $node) (i32.shl (local.get $s) (i32.const 3)))))
            (local.set $t (i32.const 0))
            (block $found
              (loop $edges
                (br_if $found (i32.ge_s (local.get $e) (local.get $end)))
                (local.set $edge (i32.load (i32.add (global.get $edges) (i32.shl (local.get $e) (i32.const 2)))))
                (if (i32.eq (i32.and (local.get $edge) (i32.const 0xffff)) (local.get $cls))
                  (then
                    (local.set $t (i32.shr_u (local.get $edge) (i32.const 16)))
                    (br $found)))
                (local.set $e (i32.add (local.get $e) (i32.const 1)))
                (br $edges)))
            (br_if $walked (i32.eqz (local.get $t)))
            (local.set $s (local.get $t))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (local.set $t (i32.load offset=4 (i32.add (global.get $node) (i32.shl (local.get $s) (i32.const 3)))))
            (if (i32.ge_s (local.get $t) (i32.const 0))
              (then
                (local.set $best (local.get $t))
                (local.set $bestEnd (local.get $j))))
            (br $step)))
        ;; zero-width, soft hyphen
        (if (i32.eq (local.get $cls) (i32.const 1))
          (then
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $step)))
        ;; whitespace: at most one line break (CR LF counts once)
        (if (i32.eq (local.get $cls) (i32.const 2))
          (then
            (if (i32.or (i32.eq (local.get $ch) (i32.const 0x0a)) (i32.eq (local.get $ch) (i32.const 0x0d)))
              (then
                (local.set $lineBreaks (i32.add (local.get $lineBreaks) (i32.const 1)))
                (br_if $walked (i32.gt_s (local.get $lineBreaks) (i32.const 1)))))
            (if (i32.and (i32.eq (local.get $ch) (i32.const 0x0d))
                         (i32.lt_s (i32.add (local.get $j) (i32.const 1)) (local.get $textLength)))
              (then
                (if (i32.eq (call $charCodeAt (local.get $text) (i32.add (local.get $j) (i32.const 1))) (i32.const 0x0a))
                  (then (local.set $j (i32.add (local.get $j) (i32.const 1)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $step)))
        ;; a parenthesis: maybe a pinyin annotation to step over
        (if (i32.eq (local.get $cls) (i32.const 3))
          (then
            (local.set $t (call $pinyinEnd (local.get $text) (local.get $j) (local.get $limit)))
            (br_if $walked (i32.lt_s (local.get $t) (i32.const 0)))
            (local.set $j (local.get $t))
            (br $step)))))
    (global.set $walkPattern (local.get $best))
    ;; a pinyin annotation right after the last character belongs to the match
    (if (i32.and (i32.ge_s (local.get $best) (i32.const 0)) (i32.lt_s (local.get $bestEnd) (local.get $limit)))
      (then
        (if (i32.eq (call $classOf (call $charCodeAt (local.get $text) (local.get $bestEnd))) (i32.const 3))
          (then
            (local.set $t (call $pinyinEnd (local.get $text) (local.get $bestEnd) (local.get $limit)))
            (if (i32.gt_s (local.get $t) (i32.const 0)) (then (local.set $bestEnd (local.get $t))))))))
    (local.get $bestEnd))

  ;; Scans for matches that start in text[from, to) and end by `limit` (to ≤ limit: a caller that
  ;; scans a long text in parts lets the last matches of a part run on); returns the number of hits
  ;; written at $hits.
  (func (export "scan") (param $text externref) (param $from i32) (param $to i32) (param $limit i32) (result i32)
    (local $textLength i32) (local $count i32) (local $resume i32) (local $sampleEnd i32)
    (local $b i32) (local $bEnd i32) (local $k i32) (local $j i32) (local $v i32) (local $q i32)
    (local $x i32) (local $c i32) (local $i i32) (local $f i32) (local $p i32)
    (local $cls i32) (local $end i32) (local $t i32)
    (local.set $textLength (call $length (local.get $text)))
    ;; leftmost-longest, non-overlapping: no match starts before the end of the last one
    (local.set $resume (local.get $from))
    ;; The samples from + 1, from + 3, … cover every start in [from, to), except to - 1 when it is
    ;; at an even offset: a sample at `to` covers it when the text goes on (a start at `to` itself
    ;; is not tried); at the end of the range only a one-character pattern can start there (below).
    (local.set $sampleEnd (local.get $to))
    (if (i32.and (i32.and (i32.sub (local.get $to) (local.get $from)) (i32.const 1)) (i32.lt_s (local.get $to) (local.get $limit)))
      (then (local.set $sampleEnd (i32.add (local.get $to) (i32.const 1)))))
    (local.set $b (i32.add (local.get $from) (i32.const 1)))
    (block $blocksDone
      (loop $blocks
        (br_if $blocksDone (i32.ge_s (local.get $b) (local.get $sampleEnd)))
        (local.set $bEnd (i32.add (local.get $b) (i32.const 4096)))
        (if (i32.lt_s (local.get $sampleEnd) (local.get $bEnd)) (then (local.set $bEnd (local.get $sampleEnd))))
        ;; Pass 1: every other character (b, b + 2, …); a candidate is stored as position << 1 |
        ;; "a match may also start one before", and kept when its sample value is odd.
        (local.set $k (i32.const 0))
        (local.set $j (local.get $b))
        (block $sampled
          (loop $sample
            (br_if $sampled (i32.ge_s (local.get $j) (local.get $bEnd)))
            (local.set $v (i32.load8_u offset=131072 (call $charCodeAt (local.get $text) (local.get $j))))
            (i32.store (i32.add (global.get $cand) (i32.shl (local.get $k) (i32.const 2)))
              (i32.or (i32.shl (local.get $j) (i32.const 1)) (i32.shr_u (local.get $v) (i32.const 1))))
            (local.set $k (i32.add (local.get $k) (i32.and (local.get $v) (i32.const 1))))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $sample)))
        ;; Pass 2: at each candidate c, try a start at c - 1 (when flagged) and at c; text[c] is
        ;; read once for both.
        (local.set $q (i32.const 0))
        (block $candidatesDone
          (loop $candidates
            (br_if $candidatesDone (i32.ge_s (local.get $q) (local.get $k)))
            (local.set $x (i32.load (i32.add (global.get $cand) (i32.shl (local.get $q) (i32.const 2)))))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (local.set $c (i32.shr_u (local.get $x) (i32.const 1)))
            (local.set $cls (call $classOf (call $charCodeAt (local.get $text) (local.get $c))))
            ;; a start at c - 1: text[c] as its second character
            (if (i32.and (i32.and (local.get $x) (i32.const 1))
                         (i32.ge_s (i32.sub (local.get $c) (i32.const 1)) (local.get $resume)))
              (then
                (local.set $f (i32.sub (call $classOf (call $charCodeAt (local.get $text) (i32.sub (local.get $c) (i32.const 1)))) (i32.const 4)))
                (if (i32.lt_u (local.get $f) (global.get $firstCount))
                  (then
                    (local.set $p (call $pairState (local.get $f) (local.get $cls)))
                    (if (local.get $p)
                      (then
                        (if (i32.eq (local.get $p) (i32.const 0xffff))
                          (then (local.set $end (call $walk (local.get $text) (call $rootState (local.get $f)) (local.get $c) (local.get $limit) (local.get $textLength))))
                          (else (local.set $end (call $walk (local.get $text) (local.get $p) (i32.add (local.get $c) (i32.const 1)) (local.get $limit) (local.get $textLength)))))
                        (if (i32.ge_s (global.get $walkPattern) (i32.const 0))
                          (then
                            (call $pushHit (local.get $count) (i32.sub (local.get $c) (i32.const 1)) (local.get $end) (global.get $walkPattern))
                            (local.set $count (i32.add (local.get $count) (i32.const 1)))
                            (local.set $resume (local.get $end))))))))))
            ;; a start at c
            (br_if $candidates (i32.lt_s (local.get $c) (local.get $resume)))
            (br_if $candidates (i32.ge_s (local.get $c) (local.get $to)))
            (local.set $f (i32.sub (local.get $cls) (i32.const 4)))
            (br_if $candidates (i32.ge_u (local.get $f) (global.get $firstCount)))
            (if (i32.ge_s (i32.add (local.get $c) (i32.const 1)) (local.get $limit))
              (then
                ;; the last character: only a one-character pattern can start here
                (local.set $end (call $walk (local.get $text) (call $rootState (local.get $f)) (i32.add (local.get $c) (i32.const 1)) (local.get $limit) (local.get $textLength))))
              (else
                (local.set $p (call $pairState (local.get $f)
                  (call $classOf (call $charCodeAt (local.get $text) (i32.add (local.get $c) (i32.const 1))))))
                (br_if $candidates (i32.eqz (local.get $p)))
                (if (i32.eq (local.get $p) (i32.const 0xffff))
                  (then (local.set $end (call $walk (local.get $text) (call $rootState (local.get $f)) (i32.add (local.get $c) (i32.const 1)) (local.get $limit) (local.get $textLength))))
                  (else (local.set $end (call $walk (local.get $text) (local.get $p) (i32.add (local.get $c) (i32.const 2)) (local.get $limit) (local.get $textLength)))))))
            (br_if $candidates (i32.lt_s (global.get $walkPattern) (i32.const 0)))
            (call $pushHit (local.get $count) (local.get $c) (local.get $end) (global.get $walkPattern))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $resume (local.get $end))
            (br $candidates)))
        (local.set $b (i32.add (local.get $b) (i32.const 4096)))
        (br $blocks)))
    ;; The last character at an even offset from $from, at the end of the range, is in no sample:
    ;; only a one-character pattern can start there.
    (local.set $i (i32.sub (local.get $to) (i32.const 1)))
    (if (i32.and (i32.and (i32.ge_s (local.get $i) (local.get $resume)) (i32.eq (local.get $to) (local.get $limit)))
                 (i32.eqz (i32.and (i32.sub (local.get $i) (local.get $from)) (i32.const 1))))
      (then
        (local.set $f (i32.sub (call $classOf (call $charCodeAt (local.get $text) (local.get $i))) (i32.const 4)))
        (if (i32.lt_u (local.get $f) (global.get $firstCount))
          (then
            (local.set $t (i32.load offset=4 (i32.add (global.get $node) (i32.shl (call $rootState (local.get $f)) (i32.const 3)))))
            (if (i32.ge_s (local.get $t) (i32.const 0))
              (then
                (call $pushHit (local.get $count) (local.get $i) (local.get $to) (local.get $t))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))))))
    (local.get $count))
)
