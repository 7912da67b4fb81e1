// args: 2
// Lint check: a `let mut` mutated only after an await, a variable assigned in a loop and read after awaits.
fn f(k: i64) -> i64 {
    let mut hits = Vec::new();
    let mut last = 0;
    for i in 0..k {
        last = ready("i", i).await;
    }
    tick("t").await;
    hits.push(last);
    let mut unused_mut = 5;
    unused_mut += ready("u", 1).await;
    hits.len() as i64 + unused_mut
}
