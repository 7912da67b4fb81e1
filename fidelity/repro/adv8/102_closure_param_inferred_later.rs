// args:
// Closure parameter and return types inferred from calls after an await (`let sq = |x| x * x; .. await; sq(3i64)`).
fn f() -> i64 {
    let sq = |x| x * x;
    let mut seen = Vec::new();
    let mut push = |s| seen.push(s);
    tick("a").await;
    push("one");
    let v = sq(ready("v", 3i64).await);
    push("two");
    tick("b").await;
    v * 10 + seen.ilen()
}
