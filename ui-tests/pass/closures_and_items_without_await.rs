#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(ids: Vec<u32>) -> u32 {
    // The nearest valid forms of the "await outside coroutine" rules: await in
    // the coroutine body, then use the value in closures and nested items.
    let base = answer().await;
    let add = |x: u32| x + base;
    fn double(x: u32) -> u32 {
        x * 2
    }
    const OFFSET: u32 = 1;
    let fut = async move { base };
    drop(fut);
    let total: u32 = ids.into_iter().map(add).map(double).sum();
    total + OFFSET + const { 2 + 3 }
}

fn main() {
    assert_eq!(coro::run(fetch(vec![1, 2])), (43 + 44) * 2 + 1 + 5);
}
