// args:
// An awaited #[co] helper returning Result ignored as a statement (`save(..).await;`), the asyncio `await send(..)` habit.
fn f() -> i64 {
    save(1).await;
    let r = save(7).await;
    tick("a").await;
    r.unwrap_or(-1)
}
#[co] fn save(n: i64) -> Result<i64, String> {
    tick("save").await;
    ok_if(n)
}
