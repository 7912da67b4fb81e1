// A `use` of a block that suspends is declared for the whole coroutine.
// Accepted where that cannot change what code outside the block finds: a
// trait imported where no method is called outside the block, and a
// module or function imported by its lowercase name.
use std::time::Duration;

#[coro::coroutine]
fn writes(n: u32) -> String {
    let mut out = String::new();
    for i in 0..n {
        use std::fmt::Write;
        coro::sleep(Duration::from_millis(1)).await;
        write!(out, "{i};").unwrap();
    }
    out
}

#[coro::coroutine]
fn module_import(v: Vec<u32>) -> u32 {
    let total = {
        use std::cmp;
        coro::sleep(Duration::from_millis(1)).await;
        cmp::max(v.iter().copied().sum::<u32>(), 1)
    };
    total + v.len() as u32
}

fn main() {
    assert_eq!(coro::run(writes(3)), "0;1;2;");
    assert_eq!(coro::run(module_import(vec![1, 2])), 5);
}
