// args: 2
// User items named like std/coro internals: `type Result<T>` alias, `struct Context`, `enum Poll`, `struct State`.
fn f(k: i64) -> Result<i64> {
    let mut ctx = Context { reqs: 0, _t: Tracked::new("ctx") };
    let a = handle(&mut ctx, k).await?;
    let p = poll_once(a).await;
    let st = State { n: ready("st", 3).await };
    let b = match p { Poll::Done(v) => v, Poll::Again => handle(&mut ctx, 0).await? };
    Ok(a + b + st.n + ctx.reqs)
}
pub type Result<T> = std::result::Result<T, AppErr>;
#[derive(Debug)] pub struct AppErr(i64);
pub struct Context { reqs: i64, _t: Tracked }
pub enum Poll { Done(i64), Again }
pub struct State { n: i64 }
#[co] fn handle(ctx: &mut Context, n: i64) -> Result<i64> {
    ctx.reqs += 1;
    let v = ready("h", n).await;
    if v > 5 { return Err(AppErr(v)); }
    Ok(v * 2)
}
#[co] fn poll_once(n: i64) -> Poll {
    tick("poll").await;
    if n % 2 == 0 { Poll::Done(n) } else { Poll::Again }
}
