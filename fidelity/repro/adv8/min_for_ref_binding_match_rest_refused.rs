// args:
// MIN (refusal, coro's own message): matching a `for` loop's reference binding (`for s in &v`) with `..` in a pattern whose
// arm suspends: "this pattern moves a part out of `s` and leaves the parts under `..` in it" -- nothing moves, `s` is a
// `&Pair` (match ergonomics); `let s = &p;` passes. Same with `(x, ..)` on `&(i64, i64, i64)`. Found by
// 140_match_binding_at_subpattern_struct.rs. Also refused: `let Pair { a, .. } = s;` in `for s in v.iter()`, `for (k, v) in &map
// { match v { (t, ..) => .. } }`, `if let Some(Pair { a, .. }) = v.first() { f().await; .. }` (an Option<&Pair>).
fn f() -> i64 {
    let v = vec![pair_of("a", "b")];
    let mut n = 0;
    for s in &v {
        match s {
            Pair { a, .. } => { tick("t").await; n += a.len(); }
        }
    }
    n
}
