// args:
// dedup_by_key, split_off, truncate, extend_from_slice and swap_remove on Vec<Tracked>/Vec<i64> with awaits between.
fn f() -> i64 {
    let mut v: Vec<Tracked> = Vec::new();
    for n in ["a", "a2", "bb", "bb2", "c"] {
        v.push(ready("push", Tracked::new(n)).await);
    }
    v.dedup_by_key(|t| t.name().chars().next());
    tick("dedup").await;
    let tail = v.split_off(2);
    tick("split").await;
    let removed = v.swap_remove(0);
    v.truncate(0);
    tick("trunc").await;
    let mut nums = vec![1i64, 2];
    nums.extend_from_slice(&[ready("ext", 3).await, 4]);
    removed.len() * 100 + tail.len() as i64 * 10 + nums.iter().sum::<i64>()
}
