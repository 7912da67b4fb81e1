// A closure written in a user macro's input whose parameter is named like a
// binding the coroutine rewrites there (`x` is held across the `.await`,
// since `r` borrows it): every `x` of the input is rewritten to the
// coroutine's, the parameter's uses too, which would compute with the outer
// `x`. Refused: rename the parameter.
#[coro::coroutine]
fn apply_twice() -> i64 {
    macro_rules! apply {
        ($f:expr, $a:expr) => {
            ($f)($a)
        };
    }
    let x = 1i64;
    let r = &x;
    coro::sleep(std::time::Duration::from_millis(1)).await;
    let n = apply!(|x: i64| x * 100, 7);
    n + *r
}

fn main() {
    let _ = apply_twice();
}
