// args: 1
// A ported handler silencing lints locally: `#[allow(non_snake_case)]` on awaited lets of camelCase names and
// `#[allow(unused_must_use)]` on a block of fire-and-forget sends that suspends.
fn f(k: i64) -> i64 {
    #[allow(non_snake_case)]
    let requestId = ready("id", 40 + k).await;
    #[allow(unused_must_use)]
    {
        ok_if(requestId);
        tick("send").await;
        ok_if(requestId + 1);
    }
    requestId
}
