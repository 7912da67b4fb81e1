// args:
// class temp-across-await: the body's tail temporary (no await at all) and a local.
fn f() -> i64 {
    let t: Tracked = Tracked::new("local");
    Tracked::new("tmp").plus(t.len())
}
