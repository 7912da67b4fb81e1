// A pattern that moves a part out of a parameter declared before one that
// is a pattern: Rust drops the part left at the end of the body, after the
// pattern parameter's bindings; the coroutine cannot keep it there, so it
// is a compile error. Rewrite: name the part (`(t, _u)`), or move every
// part out first (`let (t, u) = p;`).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn report(p: (String, String), (k, n): (String, usize)) -> usize {
    let (t, _) = p;
    tick().await;
    t.len() + k.len() + n
}

fn main() {}
