// args:
// A `Cell<i64>` counter borrowed by a Fn closure and a #[co] fn (`&Cell<i64>`), incremented between awaits.
fn f() -> i64 {
    use std::cell::Cell;
    let c = Cell::new(0);
    let inc = || c.set(c.get() + 1);
    inc();
    let r = count_up(&c, 3).await;
    inc();
    tick("t").await;
    r * 100 + c.get()
}
#[co] fn count_up(c: &std::cell::Cell<i64>, n: i64) -> i64 {
    for _ in 0..n {
        c.set(c.get() + ready("step", 2).await);
    }
    c.get()
}
