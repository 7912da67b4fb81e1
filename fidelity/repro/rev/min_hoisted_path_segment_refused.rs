// args:
// MIN (refusal, change 2 check/hoisted.rs; passed before): `max` outside the block is only the last segment of
// `std::cmp::max` (likewise `Self::scale` in a method, 04): a qualified path cannot be shadowed by a hoisted item.
// error: `max` is declared in a block that contains a suspension, and is also named outside that block: ...
fn f() -> i64 {
    let a = std::cmp::max(1, 2);
    let b = { fn max() -> i64 { 7 } tick("a").await; max() };
    a * 10 + b
}
