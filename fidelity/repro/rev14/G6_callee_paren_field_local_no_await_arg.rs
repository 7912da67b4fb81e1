// args: 2
fn f(k: i64) -> i64 {
    let s = S { cb: |x| x * 2 };
    tick("x").await;
    let a = (s.cb)(k);
    a
}
struct S { cb: fn(i64) -> i64 }
