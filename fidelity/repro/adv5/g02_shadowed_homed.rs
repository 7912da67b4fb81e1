// args:
// A homed binding shadowed by another homed binding of the same name; both alive to the scope end.
fn f() -> i64 {
    let x = Tracked::new("x1");
    let a = weigh(&x, 1).await;
    let x = Tracked::new("x2");
    let b = weigh(&x, 2).await;
    {
        let x = Tracked::new("x3");
        let c = weigh(&x, 3).await;
        log_i(c);
    }
    tick("end").await;
    a + b + x.len()
}
