// args: 2
fn f(k: i64) -> i64 {
    let p = &raw const k;
    tick("x").await;
    let s = String::from("hello");
    let q = core::ptr::addr_of!(s);
    tick("y").await;
    unsafe { *p + (&*q).len() as i64 }
}
