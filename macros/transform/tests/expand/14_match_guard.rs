#[coro::coroutine]
fn classify(n: u32) -> &'static str {
    match n {
        0 => "zero",
        n if is_prime(n).await => "prime",
        _ => "other",
    }
}
