// A binding split into its fields (`split.rs`) whose type the body shows
// only by name (`let s: Three = make();`, no struct literal of `Three` in
// the body): the field bindings would drop in the order the body names the
// fields (`c`, then `a`), not in their declaration order as Rust drops the
// rest of `s`. Two of them need drop, so that would be a different run: a
// post-monomorphization assertion makes it a compile error. Rewrite: a
// struct literal of the type in the body, or `let Three { a, n, c } = s;`.
struct Three {
    a: String,
    n: u8,
    c: String,
}

fn make() -> Three {
    Three { a: "a".into(), n: 1, c: "c".into() }
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn serve() -> usize {
    let s: Three = make_three();
    let n = s.n;
    tick().await;
    s.c.len() + s.a.len() + n as usize
}

fn make_three() -> Three {
    make()
}

fn main() {
    let _ = coro::run(serve());
}
