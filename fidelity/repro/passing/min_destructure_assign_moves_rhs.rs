// args:
// MIN (refusal): a swap by destructuring assignment `(a, b) = (b, x.await)` of Tracked values:
// E0382 "use of moved value: `b`" (the async fn accepts it; without the .await it passes).
fn f() -> i64 {
    let mut a = Tracked::new("a0");
    let mut b = Tracked::new("b0");
    (a, b) = (b, ready("nb", Tracked::new("b1")).await);
    a.len() + b.len()
}
