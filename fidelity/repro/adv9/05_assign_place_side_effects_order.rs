// args: 1
// Plain assignment: Rust evaluates the value before the place; the place is a call with a logged side effect.
fn f(k: i64) -> i64 {
    let mut slots = vec![Tracked::new("s0"), Tracked::new("s1")];
    *pick(&mut slots, k) = ready("v", Tracked::new("fresh")).await;
    slots[pick_i(0)] = Tracked::new("again");
    *pick(&mut slots, 0) = { tick("blk").await; Tracked::new("blk") };
    slots.iter().map(|t| t.len()).sum()
}
fn pick(v: &mut Vec<Tracked>, i: i64) -> &mut Tracked {
    log(format!("pick {i}"));
    &mut v[i as usize]
}
fn pick_i(i: usize) -> usize {
    log(format!("pick_i {i}"));
    i
}
