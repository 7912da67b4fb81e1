// Slice patterns that move elements out of an array whose elements need
// drop, where Rust's drop of the rest of the array differs from the
// coroutine's: a suspension before the pattern (Rust then drops the whole
// array, when the coroutine is dropped there, one run of elements at a
// time, the last first: `c, b, a`), or a pattern that leaves elements
// apart (`[_, b, _]`: `c, a`), or on some paths only (the other paths
// drop it whole so: `c, b, a`). A compile error; references and arrays of
// plain data pass. Rewrite: destructure right after the `let`.
#[coro::coroutine]
fn tick() {}

fn trio() -> [String; 3] {
    [String::from("a"), String::from("b"), String::from("c")]
}

#[coro::coroutine]
fn suspension_before() -> usize {
    let arr = trio();
    tick().await;
    let [a, rest @ ..] = arr;
    tick().await;
    a.len() + rest.len()
}

#[coro::coroutine]
fn leaves_apart() -> usize {
    let arr = trio();
    let [_, b, _] = arr;
    tick().await;
    b.len()
}

#[coro::coroutine]
fn moved_on_some_paths(all: bool) -> usize {
    let arr = trio();
    let mut n = 0;
    if all {
        let [a, b, c] = arr;
        n = a.len() + b.len() + c.len();
    }
    tick().await;
    n
}

#[coro::coroutine]
fn owned_scrutinee_leaves_apart() -> usize {
    match [String::from("a"), String::from("b"), String::from("c"), String::from("d")] {
        [_, b, .., _] => {
            tick().await;
            b.len()
        }
    }
}

#[coro::coroutine]
fn passes() -> usize {
    let numbers = [1usize, 2, 3];
    tick().await;
    let [a, ..] = numbers;
    tick().await;
    let v = vec![String::from("a")];
    let s = v.as_slice();
    tick().await;
    let n = match s {
        [first, ..] => first.len(),
        [] => 0,
    };
    tick().await;
    a + n
}

fn main() {
    let _ = coro::run(suspension_before());
    let _ = coro::run(leaves_apart());
    let _ = coro::run(moved_on_some_paths(false));
    let _ = coro::run(owned_scrutinee_leaves_apart());
    let _ = coro::run(passes());
}
