// args:
// Coroutines returning tuples (with Tracked), destructured with patterns and `_` after awaits; nested tuple and swap.
fn f() -> i64 {
    let (a, b) = split_pair("left", "right").await;
    let ((c, _), n) = (split_pair("x", "yy").await, ready("n", 3).await);
    tick("mid").await;
    let (mut p, mut q) = (a.len(), b.len());
    std::mem::swap(&mut p, &mut q);
    let (_, last) = split_pair("u", "vvv").await;
    p * 1000 + q * 100 + c.len() * 10 + n + take(last)
}
#[co] fn split_pair(l: &'static str, r: &'static str) -> (Tracked, Tracked) {
    let left = Tracked::new(l);
    tick("split").await;
    (left, Tracked::new(r))
}
