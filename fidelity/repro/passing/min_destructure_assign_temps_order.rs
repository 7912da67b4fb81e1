// args:
// (hpat) the value's temporaries of a destructuring assignment with an await drop before the old values, as the async fn drops them.
fn f() -> i64 {
    let mut a = Tracked::new("a0");
    let mut b = Tracked::new("b0");
    log_i(a.len() + b.len());
    (a, b) = (Tracked::new(Tracked::new("tmp").name()), ready("nb", Tracked::new("b1")).await);
    a.len() + b.len()
}
