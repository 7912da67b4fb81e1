// An awaited `Result` discarded by an expression statement: the
// `unused_must_use` lint points at the statement, as for the `async fn`
// (it pointed at the attribute; adversarial round 10,
// `min_unused_awaited_result_lint_at_attribute.rs`).
#![deny(unused_must_use)]

#[coro::coroutine]
fn close(k: u32) -> Result<u32, String> {
    if k > 0 { Ok(k) } else { Err("closed".to_string()) }
}

#[coro::coroutine]
fn forgets_the_error(k: u32) -> u32 {
    close(k).await;
    k
}

fn main() {
    let _ = coro::run(forgets_the_error(1));
}
