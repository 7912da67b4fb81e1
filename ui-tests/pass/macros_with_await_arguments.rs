#[coro::coroutine]
fn answer() -> u32 {
    42
}

macro_rules! twice {
    ($e:expr) => {
        ($e, $e)
    };
}

#[coro::coroutine]
fn fetch() -> String {
    // Known std macros take `.await` in their arguments; other macros get a
    // value awaited first.
    let v = vec![answer().await, answer().await + 1];
    assert!(answer().await == 42, "unexpected {}", v[0]);
    assert_eq!(answer().await, 42);
    let x = answer().await;
    let pair = twice!(x);
    let debug_checked = answer().await;
    debug_assert!(debug_checked == 42);
    let matched = matches!(answer().await, 40..=50);
    format!("{} {:?} {:?} {}", answer().await, v, pair, matched)
}

fn main() {
    assert_eq!(coro::run(fetch()), "42 [42, 43] (42, 42) true");
}
