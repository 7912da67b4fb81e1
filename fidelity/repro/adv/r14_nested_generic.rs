// args:
// Nested coroutines calling each other; generic coroutine over Iterator.
fn f() -> i64 {
    let v = vec![Tracked::new("x"), Tracked::new("yy")];
    let total = sum_lens(v.iter()).await;
    let doubled = twice(total).await;
    doubled + outer(3).await
}

#[co] fn sum_lens<'a, I: Iterator<Item = &'a Tracked>>(it: I) -> i64 {
    let mut s = 0;
    for t in it {
        tick("s").await;
        s += t.len();
    }
    s
}
#[co] fn twice(n: i64) -> i64 {
    let a = ready("a", n).await;
    a * 2
}
#[co] fn outer(n: i64) -> i64 {
    let g = Tracked::new("outer");
    let x = twice(n).await + twice(n + 1).await;
    x + g.len()
}
