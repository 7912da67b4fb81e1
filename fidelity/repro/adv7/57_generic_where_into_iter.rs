// args:
// Generic #[co] fn `where I: IntoIterator<Item = Tracked>` consuming an owned iterator across awaits; called with Vec and array and a chain.
fn f() -> i64 {
    let a = consume_all(vec![Tracked::new("v1"), Tracked::new("v22")]).await;
    let b = consume_all([Tracked::new("a1")]).await;
    let c = consume_all(bag("c1", "c2").into_iter().chain(Some(Tracked::new("c3")))).await;
    a * 100 + b * 10 + c
}
#[co] fn consume_all<I>(items: I) -> i64
where
    I: IntoIterator<Item = Tracked>,
{
    let _g = Tracked::new("consumer");
    let mut n = 0;
    for t in items {
        tick(t.name()).await;
        if t.name().ends_with('2') { break; }
        n += take(t);
    }
    n
}
