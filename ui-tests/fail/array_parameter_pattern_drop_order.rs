// The array check of `array_pattern_drop_order` for a parameter (a binding
// declared before the body): a slice pattern after a suspension moves
// elements out of an array whose elements need drop, and a coroutine
// dropped at that suspension drops the array whole where Rust drops it one
// run of elements at a time, the last first. Silent until the eleventh
// session (the check looked at `let`s only). Rewrite: destructure the
// parameter first (`fn f([a, rest @ ..]: [String; 3])`, or a `let` before
// the first `.await`), or match a reference.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn parameter_after_a_suspension(arr: [String; 3]) -> usize {
    tick().await;
    let [a, rest @ ..] = arr;
    tick().await;
    a.len() + rest.len()
}

#[coro::coroutine]
fn parameter_beside_a_pattern_parameter((x, _): (String, String), arr: [String; 2]) -> usize {
    tick().await;
    let [a, _] = arr;
    tick().await;
    a.len() + x.len()
}

fn main() {
    let trio = || [String::from("a"), String::from("b"), String::from("c")];
    let _ = coro::run(parameter_after_a_suspension(trio()));
    let pair = (String::from("x"), String::from("y"));
    let arr = [String::from("a"), String::from("b")];
    let _ = coro::run(parameter_beside_a_pattern_parameter(pair, arr));
}
