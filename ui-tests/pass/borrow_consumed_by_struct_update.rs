// A local borrowed across an await lives in a fixed home, which cannot be
// partly moved (here `..x`, which moves `x.a`): the split moves it whole out
// of its home into one binding per field first (it was E0507; ARCHITECTURE.md
// known limit 7; twin `diff_partial_moves::homed_and_shadowed`).
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
