// args: 2
fn f(k: i64) -> i64 {
    let s = S { cb: |x| x * 2 };
    let a = (s.cb)(ready("a", k).await);
    tick("x").await;
    a
}
struct S { cb: fn(i64) -> i64 }
