// An operand that borrows through a reference (`&*r`, `&r.f`, `r.m()`),
// followed by an operand that suspends and re-points that reference: Rust
// allows it (the borrow is of the old target), but the machine would
// borrow the new one. Refused, with the rewrite.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn repoint() -> i32 {
    let mut a = 1;
    let mut b = 2;
    let mut r = &mut a;
    let t = (&*r, {
        r = &mut b;
        tick()
    }
    .await);
    *r += 100;
    *t.0 + b
}

fn main() {}
