// A reference to a local held across an `.await` (issue 3).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn first_len(words: Vec<String>) -> usize {
    let first = &words[0];
    tick().await;
    first.len() + words.len()
}

fn main() {
    assert_eq!(coro::run(first_len(vec!["four".into(), "x".into()])), 4 + 2);
}
