// Known limit 3 (ARCHITECTURE.md#borrow-across-await): a closure that is not
// `move`, names a local without a home (`k`, a local of await-free code) and
// moves a homed local out (`t`, borrowed across the `.await`) stays a
// closure that is not `move`, capturing `t` through its home: E0507. The
// `async fn` accepts it; the rewrite is `move || { .. }`.
#[coro::coroutine]
fn tick() {}

fn take(s: String) -> usize {
    s.len()
}

#[coro::coroutine]
fn moves_homed() -> usize {
    let t = String::from("t");
    let r = &t;
    tick().await;
    let n = r.len();
    let m = {
        let k = 1;
        let g = || k + take(t);
        g()
    };
    n + m
}

fn main() {}
