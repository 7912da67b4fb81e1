// args:
// A `for` over an owned Vec<Tracked> whose body awaits on a `continue` path and on a `return` path; elements after the hit must drop at the return.
fn f() -> i64 {
    let items = vec![Tracked::new("skip"), Tracked::new("hit"), Tracked::new("tail1"), Tracked::new("tail2")];
    let _g = Tracked::new("guard");
    for t in items {
        if t.name() == "skip" { tick("skipping").await; continue; }
        let n = ready("n", t.len()).await;
        return n;
    }
    0
}
