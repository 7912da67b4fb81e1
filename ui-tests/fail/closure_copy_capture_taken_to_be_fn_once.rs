// A `move` closure whose body uses a capture by value (`take_i(n)`) is taken
// to be `FnOnce`, so `c()` is taken to consume `c`; but `n` is `Copy`, so `c`
// is `Fn`, and an `async fn` keeps it (and the `String` it owns) to the end
// of its scope, after `tick().await`. The macro cannot know the closure's
// kind, so where the guess would drop `c` early it checks the types of the
// captures used by value: all `Copy`, it is a compile error at the call,
// never a different run. Rewrite: `(&c)()`, or `{ c }()` for an `FnOnce`.
fn take_i(n: usize) -> usize {
    n
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn measure() -> usize {
    let n = 3;
    let t = String::from("owned");
    let c = move || take_i(n) + t.len();
    let a = c();
    tick().await;
    a
}

// Several captures used by value, all `Copy` (or `&mut`), and an owned one
// with drop glue: the same.
#[coro::coroutine]
fn counting() -> u32 {
    let mut count = 0;
    let step = 2;
    let t = String::from("owned");
    let mut c = move || {
        count += step;
        count + t.len() as u32
    };
    let a = c();
    tick().await;
    a
}

// In a coroutine with homes (`base` is borrowed across an `.await`).
#[coro::coroutine]
fn homed() -> usize {
    let base = String::from("base");
    let r = &base;
    tick().await;
    let n = 3;
    let t = String::from("owned");
    let c = move |x: usize| take_i(n) + x + t.len();
    let a = c(1);
    tick().await;
    a + r.len()
}

#[coro::coroutine]
fn one() -> usize {
    1
}

// Called with an awaited argument: the same.
#[coro::coroutine]
fn awaited_argument() -> usize {
    let n = 3;
    let t = String::from("owned");
    let c = move |x: usize| take_i(n) + x + t.len();
    let a = c(one().await);
    tick().await;
    a
}

// Called on some paths only (the closure gets a home for its drop flag,
// and the call reads it out): the same.
#[coro::coroutine]
fn some_paths(x: bool) -> usize {
    let n = 3;
    let t = String::from("owned");
    let c = move || take_i(n) + t.len();
    let mut a = 0;
    if x {
        a = c();
    }
    tick().await;
    a
}

// A capture moved and assigned again leaves the closure `FnMut`: the same.
#[coro::coroutine]
fn assigned_again() -> usize {
    let mut t = String::from("t");
    let u = String::from("owned");
    let mut c = move || {
        let x = t;
        t = String::from("again");
        x.len() + t.len() + u.len()
    };
    let a = c();
    tick().await;
    a
}

fn main() {}
