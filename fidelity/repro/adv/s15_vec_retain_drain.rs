// args:
// Vec of Tracked: retain, drain, dedup, iter_mut with awaits between.
fn f() -> i64 {
    let mut v: Vec<Tracked> = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("c"), Tracked::new("dd")];
    v.retain(|t| t.name().len() == 1);
    tick("retained").await;
    let drained: Vec<Tracked> = v.drain(..1).collect();
    tick("drained").await;
    let mut nums = vec![1i64, 1, 2, 3, 3];
    nums.dedup();
    for x in nums.iter_mut() {
        *x = ready("m", *x * 2).await;
    }
    let last = v.pop();
    tick("popped").await;
    drained.len() as i64 + nums.iter().sum::<i64>() + last.map(|t| t.len()).unwrap_or(0)
}
