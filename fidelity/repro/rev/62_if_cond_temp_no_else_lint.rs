// args: 2
// An if without else whose condition awaits an awaitable borrowing a temporary, in statement position and as a tail.
fn f(k: i64) -> i64 {
    let mut n = 0;
    if weigh(&Tracked::new("a"), k).await > 2 { n += 1; }
    if (weigh(&Tracked::new("b"), k).await) > 3 { n += 10; }
    n
}
