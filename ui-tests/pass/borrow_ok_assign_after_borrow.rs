// The nearest valid form of assigning to a borrowed local while the borrow
// lives across an `.await` (ui-tests/fail/borrow_unsound_assign_while_borrowed.rs):
// assign once the borrow's last use is behind, or assign through the borrow.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn reassign() -> i32 {
    let mut x = 1;
    let r = &x;
    tick().await;
    let old = *r;
    x = 2;
    tick().await;
    let m = &mut x;
    tick().await;
    *m += 10;
    old + x
}

fn main() {
    assert_eq!(coro::run(reassign()), 1 + 12);
}
