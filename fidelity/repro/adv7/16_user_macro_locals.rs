// args:
// `macro_rules!` defined at the top of the body taking locals as arguments (ident and expressions) used across awaits.
fn f() -> i64 {
    macro_rules! add_to { ($a:ident, $e:expr) => { $a += $e; log(format!("add {}", $a)); }; }
    macro_rules! describe { ($t:expr, $n:expr) => { format!("{}:{}", $t.name(), $n) }; }
    let mut acc = 0i64;
    let t = Tracked::new("mac");
    let base = ready("b", 5).await;
    add_to!(acc, base);
    tick("mid").await;
    add_to!(acc, t.len());
    let s = describe!(t, acc);
    tick("end").await;
    acc + s.ilen()
}
