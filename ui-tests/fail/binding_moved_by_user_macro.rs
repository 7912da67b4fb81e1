// A binding named in a `macro_rules!` invocation's input: the transform
// cannot see whether the expansion moves it (`consume($t)`) or borrows it
// (`$t.len()`), so it takes a borrow and keeps `t` to the end of its scope,
// as an `async fn` would if `take!` only borrowed it. `take!` moves it: the
// wrong guess is E0382 at the macro's input, never a different run.
// Rewrite: move it into a block of its own, `{ let t = t; take!(t) }`.
struct Ticket(&'static str);

fn consume(t: Ticket) -> usize {
    t.0.len()
}

#[coro::coroutine]
fn checkout() -> usize {
    macro_rules! take {
        ($t:expr) => {
            consume($t)
        };
    }
    let t = Ticket("t");
    let n = take!(t);
    coro::sleep(std::time::Duration::from_millis(1)).await;
    n
}

fn main() {
    let _ = checkout();
}
