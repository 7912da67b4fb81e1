// `#[cfg]` on code of a coroutine's body: the attribute macro runs before
// rustc evaluates it there, so compiled-out code would still count (an
// `.await` in it would be polled, a move in it would drop a value early,
// a `let` in it would rename later mentions). Refused, each at its
// attribute; an item and a macro statement that does not await are
// accepted (the last two).
struct Ticket(&'static str);

#[coro::coroutine]
fn configured() -> usize {
    let t = Ticket("t");
    #[cfg(any())]
    {
        coro::sleep(std::time::Duration::from_millis(1)).await;
    }
    #[cfg(any())]
    drop(t);
    #[cfg(any())]
    let t = Ticket("shadow");
    #[cfg_attr(any(), cfg(any()))]
    let n = 1;
    coro::sleep(std::time::Duration::from_millis(1)).await;
    #[cfg(debug_assertions)]
    println!("still here: {}", t.0);
    #[cfg(any())]
    fn helper() {}
    t.0.len() + n
}

fn main() {
    let _ = configured();
}
