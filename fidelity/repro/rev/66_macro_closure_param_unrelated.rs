// args: 2
// A homed binding `x`; an opaque macro's input has a closure `|x| ..` over its own parameter only (the usual iterator style).
fn f(k: i64) -> i64 {
    macro_rules! total { ($e:expr) => { $e }; }
    let v = vec![1i64, 2, 3];
    let x = k;
    let r = &x;
    tick("a").await;
    let s: i64 = total!(v.iter().map(|x| x * 2).sum());
    s + *r
}
