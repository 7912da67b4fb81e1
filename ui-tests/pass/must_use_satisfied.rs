#![deny(unused_must_use)]

#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let later = answer();
    let now = answer().await;
    now + later.await
}

fn main() {
    let c = fetch();
    assert_eq!(coro::run(c), 84);
    let _ = answer();
    let v = vec![answer(), answer()];
    assert_eq!(v.len(), 2);
}
