// args:
// Early `return` from a `for` over `&Vec<Tracked>` (borrowing iterator, no drop) and over `vec.iter().map(..)` after an await; owner dropped after.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb")];
    let r = first_long(&v).await;
    r + v.ilen()
}
#[co] fn first_long(v: &Vec<Tracked>) -> i64 {
    let _g = Tracked::new("g");
    for t in v {
        let l = ready("l", t.len()).await;
        if l > 1 { return l; }
    }
    for n in v.iter().map(|t| t.len()) {
        tick("n").await;
        return n;
    }
    0
}
