// A pattern that destructures a binding is taken to move what it binds out
// of it, so the machine stops holding the binding (`drop_probe.rs`). A type
// with a `Drop` impl cannot be moved out of: such a pattern copies `Copy`
// parts and leaves the value whole, to drop at its scope's end. Where a
// suspension follows, that wrong guess is E0034 (multiple `check` of
// `__CoroDestructured..MustNotImplDrop..` and `..ImplsDrop..`), never an
// early drop. Rewrite: destructure a reference, `let Guard(id) = &guard;`.
struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {}
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn hold(guard: Guard) -> u32 {
    let Guard(id) = guard;
    tick().await;
    id
}

#[coro::coroutine]
fn hold_in_match() -> u32 {
    let guard = Guard(3);
    match guard {
        Guard(id) => {
            tick().await;
            id
        }
    }
}

fn main() {}
