// A `while let` on a binding whose pattern moves a part out and leaves
// another: Rust drops the part left when the binding is assigned again (or
// at the end of its scope); the coroutine cannot keep it there across a
// suspension. Rewrite: name the part (`Some((t, _u))`).
#[coro::coroutine]
fn tick() {}

fn make(k: usize) -> Option<(String, String)> {
    (k < 2).then(|| (String::from("a"), String::from("b")))
}

#[coro::coroutine]
fn report() -> usize {
    let mut k = 0;
    let mut o = make(k);
    let mut n = 0;
    while let Some((t, _)) = o {
        tick().await;
        n += t.len();
        k += 1;
        o = make(k);
    }
    n
}

fn main() {}
