// args: 2
// A nested #[co] call panics after its own await while the caller holds a borrow of a local across the call and
// a Tracked temporary argument.
fn f(k: i64) -> i64 {
    let data = vec![Tracked::new("d0"), Tracked::new("d1")];
    let first = &data[0];
    let _g = Tracked::new("g");
    let a = step(first, Tracked::new("arg"), k).await;
    let b = step(&data[1], Tracked::new("arg2"), a).await;
    a + b
}
#[co] fn step(t: &Tracked, owned: Tracked, n: i64) -> i64 {
    let _s = Tracked::new("step");
    tick("step").await;
    if n > 3 { panic!("step {} {} {n}", t.name(), owned.name()); }
    n + 2
}
