// Two sub-coroutines each hold `&mut buf` until awaited (E0499).
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
    let g = fill(&mut buf);
    f.await;
    g.await;
    buf.len()
}

fn main() {}
