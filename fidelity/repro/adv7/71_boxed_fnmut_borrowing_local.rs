// args:
// A `Box<dyn FnMut() + '_>` borrowing a local counter mutably, passed to a #[co] fn in a block; the counter read after the block.
fn f() -> i64 {
    let mut calls = 0;
    let r = {
        let cb: Box<dyn FnMut() + '_> = Box::new(|| calls += 1);
        call_twice(cb).await
    };
    r * 10 + calls
}
#[co] fn call_twice(mut cb: Box<dyn FnMut() + '_>) -> i64 {
    cb();
    tick("between").await;
    cb();
    2
}
