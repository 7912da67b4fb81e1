// Known limit: a local borrowed across an await lives in a fixed home, and
// a partial move out of it (here `..x`, which moves `x.a`) does not compile
// (E0507); move it into a new binding first: `let x = x;`.
#[coro::coroutine]
fn tick() {}

struct P {
    a: String,
    b: String,
}

#[coro::coroutine]
fn update() -> usize {
    let x = P { a: "hello".to_string(), b: "world".to_string() };
    let r = &x;
    tick().await;
    let n = r.a.len();
    let y = P { b: String::from("new"), ..x };
    n + y.a.len() + x.b.len()
}

fn main() {}
