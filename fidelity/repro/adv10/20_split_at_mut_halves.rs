// args: 3
// split_at_mut and chunks_mut halves held across awaits; swap elements; sort by key afterwards.
fn f(k: i64) -> i64 {
    let mut v: Vec<i64> = (0..6).map(|i| (i * 7 + k) % 10).collect();
    let (left, right) = v.split_at_mut(3);
    tick("split").await;
    for i in 0..3 {
        let d = ready("d", i).await;
        left[i as usize] += d;
        std::mem::swap(&mut left[i as usize], &mut right[2 - i as usize]);
    }
    for ch in v.chunks_mut(2) {
        ch[0] += ready("ch", 100).await;
    }
    let mut ts = vec![Tracked::new("ccc"), Tracked::new("a"), Tracked::new("bb")];
    ts.sort_by_key(|t| t.name().len());
    tick("sorted").await;
    v.sort_unstable_by(|a, b| b.cmp(a));
    v.iter().take(3).sum::<i64>() * 10 + ts[0].len()
}
