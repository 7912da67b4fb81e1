// Assigning to a local while a borrow of it, held across an `.await`, is
// still used (E0506).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn reassign() -> i32 {
    let mut x = 1;
    let r = &x;
    tick().await;
    x = 2;
    *r + x
}

fn main() {}
