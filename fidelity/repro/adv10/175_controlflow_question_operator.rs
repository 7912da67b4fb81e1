// args: 3
// `?` on std::ops::ControlFlow in a coroutine returning ControlFlow; Break carries a Tracked.
fn f(k: i64) -> ControlFlow<Tracked, i64> {
    let mut acc = 0;
    for i in 0..5 {
        let t = Tracked::new("iter");
        acc += visit(i, k).await?;
        acc += t.len();
    }
    ControlFlow::Continue(acc)
}
use std::ops::ControlFlow;
#[co] fn visit(i: i64, k: i64) -> ControlFlow<Tracked, i64> {
    tick("visit").await;
    if i == k { ControlFlow::Break(Tracked::new("stop")) } else { ControlFlow::Continue(i * 10) }
}
