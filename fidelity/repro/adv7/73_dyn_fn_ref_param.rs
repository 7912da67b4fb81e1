// args:
// `&dyn Fn(i64) -> i64` and `&mut dyn FnMut(&str)` parameters used across awaits; the FnMut appends to a local String.
fn f() -> i64 {
    let double = |x: i64| x * 2;
    let mut out = String::new();
    let mut sink = |s: &str| out.push_str(s);
    let r = run(&double, &mut sink, 3).await;
    tick("t").await;
    r * 100 + out.ilen()
}
#[co] fn run(op: &dyn Fn(i64) -> i64, sink: &mut dyn FnMut(&str), n: i64) -> i64 {
    let mut v = 1;
    for _ in 0..n {
        v = op(ready("v", v).await);
        sink(&v.to_string());
    }
    v
}
