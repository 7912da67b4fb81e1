// args:
// A #[co] fn taking `&mut impl Iterator<Item = Tracked>` and pulling items between awaits; the caller continues the same iterator after.
fn f() -> i64 {
    let mut it = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc"), Tracked::new("d")].into_iter();
    let first = take_two(&mut it).await;
    tick("between").await;
    let rest: i64 = it.map(|t| t.len()).sum();
    first * 10 + rest
}
#[co] fn take_two(it: &mut impl Iterator<Item = Tracked>) -> i64 {
    let mut n = 0;
    for _ in 0..2 {
        if let Some(t) = it.next() {
            n += ready("item", t.len()).await;
        }
    }
    n
}
