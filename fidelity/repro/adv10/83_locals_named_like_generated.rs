// args: 3
// Locals named cx, state, waker, this, poll, pin, fut, output, step, resume across awaits.
fn f(k: i64) -> i64 {
    let cx = Tracked::new("cx");
    let mut state = k;
    let waker = ready("w", 2).await;
    let this = &cx;
    let poll = |x: i64| x + 1;
    let pin = Tracked::new("pin");
    let fut = tick("fut");
    fut.await;
    let output = poll(state) + waker;
    state += ready("s", output).await;
    let step = this.len();
    let resume = pin.len();
    state * 100 + step * 10 + resume
}
