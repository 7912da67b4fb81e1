// A reference to a local held across an `.await` is not supported yet (a
// later issue): the error points at the borrow and says so.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn first_len(words: Vec<String>) -> usize {
    let first = &words[0];
    tick().await;
    first.len()
}

fn main() {}
