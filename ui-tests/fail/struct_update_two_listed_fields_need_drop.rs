// A struct update of a temporary built before a later `.await` of its
// statement: the fields it lists stay in the base, which Rust drops at the
// end of the statement, in their declaration order. The coroutine keeps
// them in the order the literal lists them (`syntax::struct_update`), so
// two of them that need drop are a compile error, never a different run.
// Rewrite: bind the base first (`let base = make();`).
struct Three {
    a: String,
    n: u8,
    c: String,
}

fn make() -> Three {
    Three { a: "a".into(), n: 1, c: "c".into() }
}

#[coro::coroutine]
fn tick() -> u8 {
    1
}

#[coro::coroutine]
fn two_need_drop() -> u8 {
    let (t, k) = (Three { c: "new c".into(), a: "new a".into(), ..make() }, tick().await);
    t.n + k
}

// One field needing drop beside a `u8`: no order to guess.
#[coro::coroutine]
fn one_needs_drop() -> u8 {
    let (t, k) = (Three { c: "new c".into(), n: 2, ..make() }, tick().await);
    t.n + k
}

// The rewrite.
#[coro::coroutine]
fn base_bound_first() -> u8 {
    let base = make();
    let (t, k) = (Three { c: "new c".into(), a: "new a".into(), ..base }, tick().await);
    t.n + k
}

fn main() {
    let _ = coro::run(two_need_drop());
    let _ = coro::run(one_needs_drop());
    let _ = coro::run(base_bound_first());
}
