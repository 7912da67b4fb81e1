// args:
// mem::swap across awaits; Vec<Option<Tracked>> elements taken; retain_mut.
fn f() -> i64 {
    let mut a = Tracked::new("a");
    let mut b = Tracked::new("bb");
    std::mem::swap(&mut a, &mut b);
    tick("swap").await;
    let mut slots: Vec<Option<Tracked>> = vec![Some(Tracked::new("s0")), None, Some(Tracked::new("s2"))];
    let taken = slots[ready("i", 2usize).await].take();
    let mut nums = vec![1i64, 2, 3, 4];
    nums.retain_mut(|x| {
        *x *= 2;
        *x > 2
    });
    tick("end").await;
    a.len() * 10 + b.len() + taken.map(|t| t.len()).unwrap_or(0) + slots.iter().flatten().count() as i64 + nums.len() as i64
}
