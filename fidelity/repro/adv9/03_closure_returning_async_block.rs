// args: 4
// A closure returning an `async move` block; futures collected in a Vec and awaited in order.
fn f(k: i64) -> i64 {
    let mk = |i: i64| async move {
        let t = Tracked::new("job");
        ready("job", i * 2).await + t.len()
    };
    let jobs: Vec<_> = (0..k).map(mk).collect();
    let mut sum = 0;
    for (i, j) in jobs.into_iter().enumerate() {
        if i == 2 {
            log("skip");
            continue;
        }
        sum += j.await;
    }
    sum
}
