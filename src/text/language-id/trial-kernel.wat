;; langdetect's trial loop (`_detect_block`, one trial) in WebAssembly, assembled by
;; `npm run build` (scripts/build-data.mjs) into data/langdetect/trial-kernel.wasm.
;;
;; It does exactly the floating-point operations of detector.ts's JavaScript loop, in the same
;; order per element: `prob[j] = prob[j] * (weight + row[j])`, then every fifth draw a plain
;; left-to-right sum followed by `prob[j] = prob[j] / sum` (the maximum is taken as `if (max < p)`
;; would, so a NaN never wins, as in the JavaScript loop). Two languages are handled per SIMD
;; instruction; lanes are independent IEEE-754 double operations (no fused multiply-add), so each
;; result is bit-identical to the scalar one. Only the sum stays scalar, to keep its order.
;;
;; Memory layout (byte offsets; kernel.ts holds the same constants):
;;   PROB   0        64 doubles: the trial's probability vector
;;   GRAMS  1024     int32 per known n-gram of the text: its row's index (in doubles) in POOL
;;   WORDS  131072   the seed's 32-bit generator outputs, from output 0
;;   POOL   393216   dense n-gram rows (one double per language), grown by the host
(module
  (memory (export "memory") 160)

  ;; One trial. Draws n-grams with Python's `_randbelow(n)` on the stored outputs (top bits of one
  ;; output, `shift` = 32 - n.bit_length(), redrawn while >= n), starting at output `pos`. Returns
  ;; the position after the trial, or -1 when it would read past output `end` (the host then runs
  ;; the trial itself).
  (func (export "trial")
    (param $n i32) (param $shift i32) (param $pos i32) (param $end i32)
    (param $weight f64) (param $initial f64) (param $langs i32)
    (param $limit i32) (param $conv f64)
    (result i32)
    (local $i i32) (local $r i32) (local $row i32) (local $j i32)
    (local $bytes i32) (local $pairBytes i32)
    (local $w v128) (local $sum f64) (local $sums v128) (local $p v128) (local $maxv v128) (local $maxp f64)

    (local.set $w (f64x2.splat (local.get $weight)))
    (local.set $bytes (i32.shl (local.get $langs) (i32.const 3)))
    (local.set $pairBytes (i32.shl (i32.and (local.get $langs) (i32.const -2)) (i32.const 3)))

    ;; prob[j] = initial
    (local.set $j (i32.const 0))
    (block $filled
      (loop $fill
        (br_if $filled (i32.ge_u (local.get $j) (local.get $bytes)))
        (f64.store (local.get $j) (local.get $initial))
        (local.set $j (i32.add (local.get $j) (i32.const 8)))
        (br $fill)))

    (local.set $i (i32.const 0))
    (block $converged
      (loop $draw
        ;; r = _randbelow(n)
        (block $drawn
          (loop $redraw
            (if (i32.ge_u (local.get $pos) (local.get $end)) (then (return (i32.const -1))))
            (local.set $r
              (i32.shr_u
                (i32.load offset=131072 (i32.shl (local.get $pos) (i32.const 2)))
                (local.get $shift)))
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (br_if $redraw (i32.ge_u (local.get $r) (local.get $n)))))
        ;; the row's byte address
        (local.set $row
          (i32.add
            (i32.const 393216)
            (i32.shl (i32.load offset=1024 (i32.shl (local.get $r) (i32.const 2))) (i32.const 3))))

        ;; prob[j] *= weight + row[j], two languages at a time, then the odd one
        (local.set $j (i32.const 0))
        (block $multiplied
          (loop $multiply
            (br_if $multiplied (i32.ge_u (local.get $j) (local.get $pairBytes)))
            (v128.store (local.get $j)
              (f64x2.mul
                (v128.load (local.get $j))
                (f64x2.add (local.get $w) (v128.load (i32.add (local.get $row) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $multiply)))
        (if (i32.ne (local.get $j) (local.get $bytes))
          (then
            (f64.store (local.get $j)
              (f64.mul
                (f64.load (local.get $j))
                (f64.add (local.get $weight) (f64.load (i32.add (local.get $row) (local.get $j))))))))

        ;; every fifth draw (i % 5 == 0): normalise, stop when converged or at the limit
        (if (i32.eqz (i32.rem_u (local.get $i) (i32.const 5)))
          (then
            (local.set $sum (f64.const 0))
            (local.set $j (i32.const 0))
            (block $summed
              (loop $add
                (br_if $summed (i32.ge_u (local.get $j) (local.get $bytes)))
                (local.set $sum (f64.add (local.get $sum) (f64.load (local.get $j))))
                (local.set $j (i32.add (local.get $j) (i32.const 8)))
                (br $add)))
            (local.set $sums (f64x2.splat (local.get $sum)))
            (local.set $maxv (f64x2.splat (f64.const 0)))
            (local.set $j (i32.const 0))
            (block $divided
              (loop $divide
                (br_if $divided (i32.ge_u (local.get $j) (local.get $pairBytes)))
                (local.set $p (f64x2.div (v128.load (local.get $j)) (local.get $sums)))
                (v128.store (local.get $j) (local.get $p))
                (local.set $maxv (f64x2.pmax (local.get $maxv) (local.get $p)))
                (local.set $j (i32.add (local.get $j) (i32.const 16)))
                (br $divide)))
            (local.set $maxp
              (f64.max (f64x2.extract_lane 0 (local.get $maxv)) (f64x2.extract_lane 1 (local.get $maxv))))
            (if (i32.ne (local.get $j) (local.get $bytes))
              (then
                (f64.store (local.get $j) (f64.div (f64.load (local.get $j)) (local.get $sum)))
                (if (f64.lt (local.get $maxp) (f64.load (local.get $j)))
                  (then (local.set $maxp (f64.load (local.get $j)))))))
            (br_if $converged (f64.gt (local.get $maxp) (local.get $conv)))
            (br_if $converged (i32.ge_s (local.get $i) (local.get $limit)))))

        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $draw)))
    (local.get $pos))
)
