// args: 1
// An awaitable whose Drop panics once it has completed: locals held across the await and the statement's
// temporaries must unwind as in the async fn.
fn f(k: i64) -> i64 {
    let _a = Tracked::new("a");
    let r = &_a;
    let n = Tracked::new("tmp").len() + boom("b", k).await + r.len();
    let _c = Tracked::new("c");
    n
}
pub struct Boom { name: &'static str, v: i64, done: bool }
pub fn boom(name: &'static str, v: i64) -> Boom { Boom { name, v, done: false } }
impl Drop for Boom { fn drop(&mut self) { log(format!("drop boom {}", self.name)); if self.done && !std::thread::panicking() { panic!("boom {}", self.name); } } }
impl Unpin for Boom {}
impl Boom {
    fn step(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<i64> {
        log(format!("poll boom {}", self.name));
        if !self.done { self.done = true; cx.waker().wake_by_ref(); return std::task::Poll::Pending; }
        std::task::Poll::Ready(self.v)
    }
}
impl coro::Awaitable for Boom {
    type Output = i64;
    fn resume(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<i64> { self.get_mut().step(cx) }
}
impl std::future::Future for Boom {
    type Output = i64;
    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<i64> { self.get_mut().step(cx) }
}
