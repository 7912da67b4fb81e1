// args: 2
fn f(k: i64) -> i64 {
    let x = [k; 4];
    let p = &x as *const [i64; 4] as *const i64;
    tick("x").await;
    let y = [7i64; 4];
    tick("y").await;
    unsafe { *p + y[0] }
}
