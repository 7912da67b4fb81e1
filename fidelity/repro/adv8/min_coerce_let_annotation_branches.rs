// args:
// MIN (refusal E0308): a `let` whose annotated type drives a coercion of `if`/`match` branches, one of which suspends:
// `let op: fn(i64) -> i64 = if c { tick().await; dbl } else { inc };` "expected fn item, found a different fn item"
// (also `Box<dyn Fn>` of two closures, 83: "expected `Box<{closure}>`, found `Box<{closure}>`"; `&str` from `&String`,
// 81: "expected `&String`, found `&str`"). Found by 81, 82, 83.
fn f() -> i64 {
    fn inc(x: i64) -> i64 { x + 1 }
    fn dbl(x: i64) -> i64 { x * 2 }
    let c = inc(0) > 0;
    let op: fn(i64) -> i64 = if c { tick("t").await; dbl } else { inc };
    op(10)
}
