// An arm that moves a part out of a value the `match` owns (a call's
// result) and leaves the parts under `..`: Rust drops those at the end of
// the arm; the macro cannot name them, takes the `..` to be matched through
// a reference (`m.get(&k)` would be), and rustc's check of that fails.
// Rewrite: name the parts (`Pair { a, b: _b }`), kept to the arm's end.
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
