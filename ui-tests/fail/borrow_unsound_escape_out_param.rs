// A reference to a local, held across an `.await`, stored into the caller's
// Vec: it would dangle once the coroutine finishes (E0597).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn leak<'a>(out: &'a mut Vec<&'a i32>) {
    let x = 5;
    let r = &x;
    tick().await;
    out.push(r);
}

fn main() {}
