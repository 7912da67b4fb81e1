// args: 2
fn f(k: i64) -> Result<i64, String> {
    let a: Poll<i64> = pr(k)?;
    tick("x").await;
    let c: Poll<Option<i64>> = po(k)?;
    Ok(match (a, c) { (Poll::Ready(x), Poll::Ready(Some(y))) => x + y, _ => 0 })
}
fn pr(n: i64) -> Poll<Result<i64, String>> {
    if n < 0 { Poll::Ready(Err(format!("neg {n}"))) } else { Poll::Ready(Ok(n)) }
}
fn po(n: i64) -> Poll<Option<Result<i64, String>>> {
    if n < 0 { Poll::Ready(Some(Err(format!("neg {n}")))) } else { Poll::Ready(Some(Ok(n))) }
}
use std::task::Poll;
