#[coro::coroutine]
fn describe(x: Option<u32>) -> String {
    match x {
        Some(n) if n > 10 => format!("big {}", big(n).await),
        Some(n) => format!("small {n}"),
        None => default_name().await,
    }
}
