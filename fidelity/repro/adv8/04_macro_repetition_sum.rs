// args:
// A variadic `sum_len!(a, b, c)` macro_rules over bindings (borrows each), then awaits; bindings must drop at scope end, in reverse order.
fn f() -> i64 {
    macro_rules! sum_len { ($($t:expr),*) => { 0 $(+ $t.len())* }; }
    let a = Tracked::new("a");
    let b = Tracked::new("bb");
    let c = Tracked::new("ccc");
    let n = sum_len!(a, b, c);
    tick("x").await;
    let m = sum_len!(b);
    tick("y").await;
    n * 10 + m
}
