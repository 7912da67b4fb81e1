// A format argument borrows through `r`, which a later operand re-points by
// a destructuring assignment: Rust borrows the old target, the machine would
// borrow the new one, so it is refused (as `r = &b` is). Found by review.
#[coro::coroutine]
fn three() -> u32 {
    3
}

#[coro::coroutine]
fn repointed() -> String {
    let a = vec![1u32];
    let b = vec![2u32];
    let mut r = &a;
    format!("{} {}", r[0], { (r, _) = (&b, 0); three() }.await)
}

fn main() {
    let _ = coro::run(repointed());
}
