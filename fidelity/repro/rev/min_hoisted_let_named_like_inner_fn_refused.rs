// args: 2
// MIN (refusal, change 2 check/hoisted.rs; passed before): `let total = { fn total(..) ..; .await; total(..) };` —
// the outside mentions are the local `total` (a let's binding, which shadows any item anyway), not the item.
// error: `total` is declared in a block that contains a suspension, and is also named outside that block: ...
fn f(k: i64) -> i64 {
    let total = { fn total(n: i64) -> i64 { n + 1 } tick("a").await; total(k) };
    total * 2
}
