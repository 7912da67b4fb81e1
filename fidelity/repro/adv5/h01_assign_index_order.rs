// args:
// Assignment with awaits on both sides: Rust evaluates the assigned value before the place's index.
fn f() -> i64 {
    let mut v = vec![0i64; 4];
    v[idx(1).await] = val(10).await;
    v[idx(2).await] += val(20).await;
    let mut names = vec![Tracked::new("n0"), Tracked::new("n1")];
    names[idx(0).await] = make("n0b").await;
    let mut m = std::collections::BTreeMap::new();
    m.insert(1i64, 0i64);
    *m.get_mut(&(idx(1).await as i64)).unwrap() = val(5).await;
    v.iter().sum::<i64>() + m[&1] + names[0].len()
}

#[co] fn idx(i: usize) -> usize {
    tick("idx").await;
    log(format!("idx {i}"));
    i
}
#[co] fn val(n: i64) -> i64 {
    tick("val").await;
    log(format!("val {n}"));
    n
}
#[co] fn make(n: &'static str) -> Tracked {
    tick("make").await;
    Tracked::new(n)
}
