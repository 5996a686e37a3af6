;; langdetect's text cleaning and n-gram extraction (`cleaning_text`, `_extract_ngrams` with
;; `NGram.add_char`) in WebAssembly, assembled by `npm run build` (scripts/build-data.mjs) into
;; data/langdetect/ngram-kernel.wasm. Same steps as `cleanText` and `extractNgrams` in
;; detector.ts, which stay as the fallback and the oracle of the tests.
;;
;; The memory has a fixed size (it never grows, so the host's views stay valid):
;;   INFO   0         65,536 int32: per BMP code point, the model's character info (model.ts):
;;                    bits 0-15 normalised character, 16-27 character id, bit 28 upper case
;;   TABLE  262144    the model's n-gram hash table, 4 int32 per slot: key high, key low,
;;                    n-gram index (-1: empty slot), row offset (-1: row not built yet)
;;   CHARS  4456448   up to 10,000 int32 code points of the text
;;   OUT    4497408   up to 30,000 int32, one per known n-gram: its row offset, or -(slot + 1)
;;                    when the host has yet to build that row
(module
  (import "host" "isUpperAstral" (func $isUpperAstral (param i32) (result i32)))
  (memory (export "memory") 71)

  ;; cleaning_text: when fewer than half as many characters fall in 'A'..'z' as at or above
  ;; U+0300, drop the characters in 'A'..'z'. Returns the new length.
  (func (export "clean") (param $length i32) (result i32)
    (local $k i32) (local $c i32) (local $latin i32) (local $nonLatin i32) (local $n i32)
    (block $counted
      (loop $count
        (br_if $counted (i32.ge_u (local.get $k) (local.get $length)))
        (local.set $c (i32.load offset=4456448 (i32.shl (local.get $k) (i32.const 2))))
        (if (i32.and (i32.ge_s (local.get $c) (i32.const 0x41)) (i32.le_s (local.get $c) (i32.const 0x7a)))
          (then (local.set $latin (i32.add (local.get $latin) (i32.const 1))))
          (else
            (if (i32.ge_s (local.get $c) (i32.const 0x300))
              (then (local.set $nonLatin (i32.add (local.get $nonLatin) (i32.const 1)))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $count)))
    (if (i32.ge_s (i32.shl (local.get $latin) (i32.const 1)) (local.get $nonLatin))
      (then (return (local.get $length))))
    (local.set $k (i32.const 0))
    (block $kept
      (loop $keep
        (br_if $kept (i32.ge_u (local.get $k) (local.get $length)))
        (local.set $c (i32.load offset=4456448 (i32.shl (local.get $k) (i32.const 2))))
        (if (i32.or (i32.lt_s (local.get $c) (i32.const 0x41)) (i32.gt_s (local.get $c) (i32.const 0x7a)))
          (then
            (i32.store offset=4456448 (i32.shl (local.get $n) (i32.const 2)) (local.get $c))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $keep)))
    (local.get $n))

  ;; The slot of key (hi, lo): its row offset, -(slot + 1) when the row is not built, or
  ;; i32.min when no profile has the n-gram. Same hash and linear probing as model.ts.
  (func $probe (param $hi i32) (param $lo i32) (result i32)
    (local $slot i32) (local $at i32) (local $off i32)
    (local.set $slot
      (i32.shr_u
        (i32.mul
          (i32.xor (local.get $lo) (i32.mul (local.get $hi) (i32.const 0x27d4eb2d)))
          (i32.const 0x9e3779b1))
        (i32.const 14)))
    (loop $next
      (local.set $at (i32.shl (local.get $slot) (i32.const 4)))
      (if (i32.lt_s (i32.load offset=262152 (local.get $at)) (i32.const 0))
        (then (return (i32.const 0x80000000))))
      (if (i32.and
            (i32.eq (i32.load offset=262148 (local.get $at)) (local.get $lo))
            (i32.eq (i32.load offset=262144 (local.get $at)) (local.get $hi)))
        (then
          (local.set $off (i32.load offset=262156 (local.get $at)))
          (if (i32.ge_s (local.get $off) (i32.const 0)) (then (return (local.get $off))))
          (return (i32.sub (i32.const -1) (local.get $slot)))))
      (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (i32.const 0x3ffff)))
      (br $next))
    (unreachable))

  ;; _extract_ngrams over CHARS[0 .. length): writes OUT and returns the number of n-grams.
  ;; The window (NGram.grams) is kept as character ids i0 i1 i2 of which wl are in use; unknown
  ;; characters have id 0, spaces `space`. A position inside an all-capital word, or whose
  ;; character is unknown, yields no n-gram (every n-gram ending there holds it).
  (func (export "extract") (param $length i32) (param $space i32) (result i32)
    (local $k i32) (local $raw i32) (local $info i32) (local $id i32) (local $upper i32)
    (local $i0 i32) (local $i1 i32) (local $i2 i32) (local $wl i32)
    (local $lastUpper i32) (local $capital i32) (local $last i32) (local $prev i32)
    (local $lo i32) (local $off i32) (local $n i32)
    (local.set $i0 (local.get $space))
    (local.set $wl (i32.const 1))
    (block $done
      (loop $char
        (br_if $done (i32.ge_u (local.get $k) (local.get $length)))
        (local.set $raw (i32.load offset=4456448 (i32.shl (local.get $k) (i32.const 2))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (if (i32.lt_u (local.get $raw) (i32.const 0x10000))
          (then
            (local.set $info (i32.load (i32.shl (local.get $raw) (i32.const 2))))
            (local.set $id (i32.and (i32.shr_u (local.get $info) (i32.const 16)) (i32.const 0xfff)))
            (local.set $upper (i32.ne (i32.and (local.get $info) (i32.const 0x10000000)) (i32.const 0))))
          (else
            (local.set $id (i32.const 0))
            (local.set $upper (call $isUpperAstral (local.get $raw)))))
        ;; NGram.add_char: the last character of the window
        (local.set $last
          (if (result i32) (i32.eq (local.get $wl) (i32.const 1))
            (then (local.get $i0))
            (else (select (local.get $i1) (local.get $i2) (i32.eq (local.get $wl) (i32.const 2))))))
        (if (i32.eq (local.get $last) (local.get $space))
          (then
            (local.set $i0 (local.get $space))
            (local.set $wl (i32.const 1))
            (local.set $capital (i32.const 0))
            (local.set $lastUpper (i32.const 0))
            ;; the window stays " ": no n-gram
            (br_if $char (i32.eq (local.get $id) (local.get $space))))
          (else
            (if (i32.eq (local.get $wl) (i32.const 3))
              (then
                (local.set $i0 (local.get $i1))
                (local.set $i1 (local.get $i2))
                (local.set $wl (i32.const 2))))))
        (if (i32.eq (local.get $wl) (i32.const 1))
          (then (local.set $i1 (local.get $id)))
          (else (local.set $i2 (local.get $id))))
        (local.set $wl (i32.add (local.get $wl) (i32.const 1)))
        (if (local.get $upper)
          (then (if (local.get $lastUpper) (then (local.set $capital (i32.const 1)))))
          (else (local.set $capital (i32.const 0))))
        (local.set $lastUpper (local.get $upper))
        (br_if $char (local.get $capital))
        (br_if $char (i32.eqz (local.get $id)))
        ;; the 1-gram (a lone space is never a feature)
        (if (i32.ne (local.get $id) (local.get $space))
          (then
            (local.set $off (call $probe (i32.const 0) (local.get $id)))
            (if (i32.ne (local.get $off) (i32.const 0x80000000))
              (then
                (i32.store offset=4497408 (i32.shl (local.get $n) (i32.const 2)) (local.get $off))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))))))
        ;; the 2-gram and 3-gram ending here
        (local.set $prev (select (local.get $i0) (local.get $i1) (i32.eq (local.get $wl) (i32.const 2))))
        (br_if $char (i32.eqz (local.get $prev)))
        (local.set $lo (i32.or (i32.shl (local.get $prev) (i32.const 12)) (local.get $id)))
        (local.set $off (call $probe (i32.const 0) (local.get $lo)))
        (if (i32.ne (local.get $off) (i32.const 0x80000000))
          (then
            (i32.store offset=4497408 (i32.shl (local.get $n) (i32.const 2)) (local.get $off))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (if (i32.and (i32.eq (local.get $wl) (i32.const 3)) (i32.ne (local.get $i0) (i32.const 0)))
          (then
            (local.set $off (call $probe (local.get $i0) (local.get $lo)))
            (if (i32.ne (local.get $off) (i32.const 0x80000000))
              (then
                (i32.store offset=4497408 (i32.shl (local.get $n) (i32.const 2)) (local.get $off))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))))))
        (br $char)))
    (local.get $n))
)
