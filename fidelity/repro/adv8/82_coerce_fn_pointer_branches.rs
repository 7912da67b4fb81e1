// args: 2
// fn items coerced to a `fn(i64) -> i64` pointer through if/match branches with awaits; a table of them.
fn f(k: i64) -> i64 {
    fn inc(x: i64) -> i64 { x + 1 }
    fn dbl(x: i64) -> i64 { x * 2 }
    fn neg(x: i64) -> i64 { -x }
    let op: fn(i64) -> i64 = if k > 1 { tick("pick").await; dbl } else { inc };
    let op2: fn(i64) -> i64 = match ready("sel", k).await { 0 => inc, 1 => neg, _ => dbl };
    op2(op(10))
}
