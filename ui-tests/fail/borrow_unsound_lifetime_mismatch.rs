// Returning data of the wrong lifetime through a local borrowed across an
// `.await` (lifetime may not live long enough).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn pick<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {
    let s = b;
    let r = &s;
    tick().await;
    let _ = a;
    *r
}

fn main() {}
