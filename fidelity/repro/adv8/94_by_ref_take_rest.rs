// args:
// `it.by_ref().take(2)` in a for loop with awaits, then the rest of the same iterator collected; Vec<Tracked> by value.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc"), Tracked::new("d")];
    let mut it = v.into_iter();
    let mut head = 0;
    for t in it.by_ref().take(2) {
        head = head * 10 + ready("h", t.len()).await;
    }
    tick("mid").await;
    let rest: Vec<Tracked> = it.collect();
    tick("end").await;
    head * 10 + rest.ilen()
}
