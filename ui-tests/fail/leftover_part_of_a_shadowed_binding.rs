// A pattern that moves a part out of a binding and leaves another, where
// an arm later in the binding's scope binds the same name: the coroutine
// cannot tell the two apart to keep the part to the end of the binding's
// scope (Rust drops it there, after the `.await`), so it is a compile
// error. Rewrite: name the part (`(t, _u)`), or move every part out first.
#[coro::coroutine]
fn tick() {}

fn make() -> (String, String) {
    (String::from("a"), String::from("b"))
}

#[coro::coroutine]
fn report(o: Option<usize>) -> usize {
    let p = make();
    let (t, _) = p;
    let n = match o {
        Some(p) => p,
        None => 0,
    };
    tick().await;
    t.len() + n
}

fn main() {}
