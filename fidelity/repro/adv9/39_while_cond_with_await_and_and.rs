// args: 4
// `while` whose condition combines `&&`/`||` with awaited operands and a Tracked temporary in the condition.
fn f(k: i64) -> i64 {
    let mut n = 0;
    while n < k && (Tracked::new("cond").len() == 4 || ready("never", false).await) && ready("c2", n != 3).await {
        n += 1;
        tick("body").await;
    }
    n
}
