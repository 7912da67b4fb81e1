// A user macro's format string cannot be re-pointed at a renamed binding
// (one that shadows a binding still alive, or one borrowed across an await):
// refused, with the rewrite.
macro_rules! show {
    ($($t:tt)*) => { println!($($t)*) };
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn shadowed() -> u32 {
    let v = vec![1u8, 2, 3];
    let x = &v;
    tick().await;
    let n = x.len() as u32;
    let x = 5u32;
    show!("x = {x:?}");
    tick().await;
    x + n
}

fn main() {}
