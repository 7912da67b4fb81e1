// args: 2
fn f(k: i64) -> i64 {
    let arr = [k, k + 1, k + 2];
    let p = arr.as_ptr();
    tick("x").await;
    let junk = [99i64; 3];
    tick("y").await;
    unsafe { *p.add(1) + junk[0] }
}
