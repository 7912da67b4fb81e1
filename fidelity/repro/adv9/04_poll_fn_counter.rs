// args: 2
// std::future::poll_fn with a closure capturing a Tracked and a counter, awaited in a loop.
fn f(k: i64) -> i64 {
    let t = Tracked::new("pf");
    let mut polls = 0;
    let v = std::future::poll_fn(|cx| {
        polls += 1;
        log(format!("pf poll {polls} {}", t.name()));
        if polls < 3 {
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(polls + k)
        }
    })
    .await;
    tick("after").await;
    v + polls
}
