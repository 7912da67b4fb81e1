// args:
// Fixed-size arrays of Tracked destructured with slice patterns across awaits; array map/iter/into_iter.
fn f() -> i64 {
    let arr = [Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    let [first, rest @ ..] = arr;
    tick("split").await;
    let lens = rest.map(|t| t.len());
    let arr2 = [make("x").await, make("yy").await];
    let mut n = 0;
    for t in arr2 {
        n += ready("len", t.len()).await;
    }
    first.len() * 100 + lens.iter().sum::<i64>() * 10 + n
}

#[co] fn make(name: &'static str) -> Tracked {
    tick("make").await;
    Tracked::new(name)
}
