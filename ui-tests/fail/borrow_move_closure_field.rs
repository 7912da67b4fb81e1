// A `move` closure that uses one field of a local borrowed across an await
// captures that field alone (edition 2021): not supported yet, refused.
#[coro::coroutine]
fn tick() {}

struct P {
    n: usize,
    name: String,
}

#[coro::coroutine]
fn closure() -> usize {
    let x = P { n: 3, name: "hello".to_string() };
    let r = &x;
    tick().await;
    let _ = r.n;
    let c = move || x.n * 2;
    c() + x.name.len()
}

fn main() {}
