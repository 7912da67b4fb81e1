// args:
// impl Iterator argument, iterator adapters consumed with awaits inside the loop.
fn f() -> i64 {
    let data = vec![3i64, 1, 4, 1, 5, 9, 2, 6];
    let evens = consume(data.iter().copied().filter(|x| x % 2 == 0)).await;
    let top: Vec<i64> = {
        let mut v = data.clone();
        v.sort_by(|a, b| b.cmp(a));
        v.into_iter().take(3).collect()
    };
    tick("t").await;
    let s = consume(top.iter().map(|x| x * 10)).await;
    evens + s
}

#[co] fn consume(it: impl Iterator<Item = i64>) -> i64 {
    let g = Tracked::new("consume");
    let mut total = 0;
    for x in it {
        total += ready("x", x).await;
    }
    total + g.len()
}
