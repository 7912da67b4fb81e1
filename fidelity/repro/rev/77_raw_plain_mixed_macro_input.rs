// args:
// A binding declared plain `x`, homed, and named `r#x` inside a user macro's input and a format string.
fn f() -> i64 {
    macro_rules! twice { ($e:expr) => { $e * 2 }; }
    let x = 3i64;
    let r = &x;
    tick("a").await;
    log(format!("{}", r#x));
    twice!(r#x) + *r
}
