// args:
// MIN (refusal): a destructuring assignment `(m, b) = (..)` to a binding borrowed across an await (homed):
// E0070 "invalid left-hand side of assignment".
fn f() -> i64 {
    let mut b = Tracked::new("b0");
    let n = weigh(&b, 1).await;
    let m: i64;
    (m, b) = (2, Tracked::new("b1"));
    n + m + b.len()
}
