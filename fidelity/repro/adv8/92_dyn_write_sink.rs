// args:
// `let w: &mut dyn std::fmt::Write = &mut s;` used with write! before and after awaits (a trait object reborrowing a local).
fn f() -> i64 {
    use std::fmt::Write;
    let mut s = String::new();
    {
        let w: &mut dyn Write = &mut s;
        write!(w, "a{}", 1).unwrap();
        let n = ready("n", 22).await;
        write!(w, "-{n}").unwrap();
    }
    tick("end").await;
    log(s.clone());
    s.ilen()
}
