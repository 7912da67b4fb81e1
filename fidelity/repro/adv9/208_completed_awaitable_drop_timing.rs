// args: 1
// An awaitable whose Drop always logs: when is a completed awaitable dropped relative to the rest of its statement
// (call, temporaries, match arms, `?`, loop bodies)?
fn f(k: i64) -> Result<i64, i64> {
    let a = take2(Tracked::new("arg"), loud("l1", Tracked::new("v1")).await);
    let b = match loud("l2", k).await { 1 => { log("arm one"); 1 } _ => 0 };
    let c = loud("l3", Ok::<i64, i64>(k)).await? + Tracked::new("tmp").len();
    let mut d = 0;
    while loud("l4", d < 2).await { d += 1; log("body"); }
    Ok(a + b + c + d)
}
pub struct Loud<T> { name: &'static str, v: Option<T>, polled: bool }
pub fn loud<T>(name: &'static str, v: T) -> Loud<T> { Loud { name, v: Some(v), polled: false } }
impl<T> Drop for Loud<T> { fn drop(&mut self) { log(format!("drop loud {}", self.name)); } }
impl<T> Unpin for Loud<T> {}
impl<T> Loud<T> {
    fn step(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<T> {
        if !self.polled { self.polled = true; cx.waker().wake_by_ref(); return std::task::Poll::Pending; }
        std::task::Poll::Ready(self.v.take().unwrap())
    }
}
impl<T> coro::Awaitable for Loud<T> {
    type Output = T;
    fn resume(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<T> { self.get_mut().step(cx) }
}
impl<T> std::future::Future for Loud<T> {
    type Output = T;
    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<T> { self.get_mut().step(cx) }
}
