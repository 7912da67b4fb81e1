// args: 0
// `addr_of!` / `as *const` / `&raw mut` on plain-data locals, compared after awaits (raw pointer identity).
fn f(k: i64) -> i64 {
    let a = [k, 1];
    let mut b = [k, 2];
    let c = (k, 3u8);
    let pa = std::ptr::addr_of!(a);
    let pb = &raw mut b;
    let pc = &c as *const (i64, u8);
    tick("t").await;
    log(format!("{} {} {}", std::ptr::eq(pa, &a), std::ptr::eq(pb, &b), std::ptr::eq(pc, &c)));
    b[0] += 1;
    a[1] + b[0] + c.1 as i64
}
