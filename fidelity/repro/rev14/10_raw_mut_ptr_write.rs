// args: 2
fn f(k: i64) -> i64 {
    let mut x = k;
    let p = std::ptr::addr_of_mut!(x);
    tick("x").await;
    unsafe { *p += 10; }
    tick("y").await;
    let q = &raw mut x;
    unsafe { *q *= 2; }
    x
}
