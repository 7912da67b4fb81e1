// args: 2
fn f(k: i64) -> Poll<Result<i64, String>> {
    let a: Poll<i64> = pr(k)?;
    tick("x").await;
    let b = pr(-k)?;
    Poll::Ready(Ok(match (a, b) { (Poll::Ready(x), _) => x, _ => 0 }))
}
fn pr(n: i64) -> Poll<Result<i64, String>> {
    if n < 0 { Poll::Ready(Err(format!("neg {n}"))) } else if n == 0 { Poll::Pending } else { Poll::Ready(Ok(n)) }
}
use std::task::Poll;
