// A `match` on `*b` (a `Box` by its syntax) that moves a part out in one
// arm and leaves the box whole in another, with a suspension after it.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn guarded(k: usize) -> usize {
    let b = Box::new((String::from("a"), String::from("b")));
    let n = match *b {
        (x, _) if k > 0 => x.len(),
        _ => 0,
    };
    tick().await;
    n
}

fn main() {}
