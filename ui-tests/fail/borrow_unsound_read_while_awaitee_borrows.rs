// A sub-coroutine holds `&mut buf` until it is awaited; reading `buf` before
// that await conflicts with it (E0502).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn fill(buf: &mut Vec<u8>) {
    tick().await;
    buf.push(1);
}

#[coro::coroutine]
fn caller() -> usize {
    let mut buf = Vec::new();
    let f = fill(&mut buf);
    tick().await;
    let n = buf.len();
    f.await;
    n
}

fn main() {}
