// args:
// A generic #[co] fn over `Result<T, E>` with `E: Debug`, returning Option<T> via `.ok()`; Tracked as T and as E.
fn f() -> i64 {
    let a = settle(res_trk(2, "e1"), "first").await.unwrap_or(0);
    let b = settle(res_trk(3, "e2"), "second").await.unwrap_or(-1);
    let c: Option<Tracked> = settle::<Tracked, i64>(Ok(Tracked::new("okval")), "third").await;
    tick("end").await;
    a * 100 + b * 10 + c.map(|t| t.len()).unwrap_or(0)
}
#[co] fn settle<T, E: std::fmt::Debug>(r: Result<T, E>, tag: &'static str) -> Option<T> {
    tick(tag).await;
    if let Err(e) = &r {
        show(e);
        tick("err").await;
    }
    r.ok()
}
