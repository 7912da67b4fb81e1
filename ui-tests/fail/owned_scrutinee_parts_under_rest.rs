// An arm that moves a part out of a value the `match` owns (a call's
// result) and leaves the parts under `..`: Rust drops those at the end of
// the arm, after its `.await`; the macro cannot name them to keep them (it
// does not know the fields), so it is a compile error. Rewrite: name the
// parts (`Pair { a, b: _b }`), which the coroutine keeps to the arm's end.
#[coro::coroutine]
fn tick() {}

pub struct Pair {
    pub a: String,
    pub b: String,
}

fn make(some: bool) -> Option<Pair> {
    some.then(|| Pair { a: String::from("a"), b: String::from("b") })
}

#[coro::coroutine]
fn report(some: bool) -> usize {
    match make(some) {
        Some(Pair { a, .. }) => {
            tick().await;
            a.len()
        }
        None => 0,
    }
}

fn main() {}
