// args:
// Several shared borrows of one Vec held across awaits (first/last/slices), then the Vec mutated after their last use.
fn f() -> i64 {
    let mut v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    let first = &v[0];
    let last = v.last().unwrap();
    let mid = &v[1..2];
    let a = weigh(first, 1).await;
    let b = weigh(last, 2).await;
    let c = ready("mid", mid.len() as i64).await;
    v.push(Tracked::new("dddd"));
    tick("pushed").await;
    v.swap(0, 3);
    a + b + c + v[0].len()
}
