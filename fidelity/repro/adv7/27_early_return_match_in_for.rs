// args:
// Early `return` inside a `match` inside a `for` over an owned Vec<Tracked> (the iterator holding the rest drops on return).
fn f() -> i64 {
    let items = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("stop"), Tracked::new("never")];
    let _outer = Tracked::new("outer");
    let mut acc = 0;
    for t in items {
        let _g = Tracked::new("g");
        match ready("len", t.name().len()).await {
            1 => acc += 1,
            4 => {
                tick("ret").await;
                return acc * 100 + t.len();
            }
            n => acc += n as i64,
        }
    }
    -1
}
