// args:
// vec! and array literals with awaits between Tracked elements; a tuple with a temporary borrow.
fn f() -> i64 {
    let v = vec![Tracked::new("v0"), make("v1").await, Tracked::new("v2")];
    let arr = [make("a0").await, Tracked::new("a1")];
    let pair = (Tracked::new("p0").len(), make("p1").await.len(), Tracked::new("p2"));
    tick("end").await;
    v.len() as i64 + arr.len() as i64 + pair.0 + pair.1 + pair.2.len()
}

#[co] fn make(name: &'static str) -> Tracked {
    tick(name).await;
    Tracked::new(name)
}
