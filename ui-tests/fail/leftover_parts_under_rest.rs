// A pattern that moves a part out of an owned binding and leaves the parts
// under `..` in it: Rust drops those at the end of the binding's scope; the
// macro cannot name them, takes the `..` to be matched through a reference
// (where it leaves nothing), and rustc's check of that guess fails. Rewrite:
// a `_` for each part (`Pair { a, b: _ }`), which the coroutine keeps.
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
    let o = make(some);
    let n = match o {
        Some(Pair { a, .. }) => a.len(),
        None => 0,
    };
    tick().await;
    n
}

fn main() {}
