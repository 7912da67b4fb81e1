// args: 2
// Coroutines created (args evaluated) but not awaited at once: stored in locals and a Vec, awaited out of order,
// one dropped un-awaited (its arguments drop then), one never touched (dropped at scope end).
fn f(k: i64) -> i64 {
    let a = helper(Tracked::new("arg_a"), 1);
    let b = helper(Tracked::new("arg_b"), 2);
    tick("created").await;
    let rb = b.await;
    let mut pending = vec![helper(Tracked::new("v0"), 10), helper(Tracked::new("v1"), 20)];
    let last = pending.pop().unwrap();
    drop(a);
    let rl = last.await;
    let _unused = helper(Tracked::new("never"), 0);
    tick("end").await;
    rb * 100 + rl + k + pending.len() as i64
}
#[co] fn helper(t: Tracked, n: i64) -> i64 { log(format!("start {}", t.name())); tick(t.name()).await; n + t.len() }
