// Returning a reference to a local that was borrowed across an `.await`:
// the local dies when the coroutine finishes (E0515, as in an `async fn`).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn longest<'a>(a: &'a str) -> &'a str {
    let owned = format!("{a}!");
    let r = owned.as_str();
    tick().await;
    r
}

fn main() {}
