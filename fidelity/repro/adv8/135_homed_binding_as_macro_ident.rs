// args:
// A binding borrowed across an await (so held by the machine) passed as an `ident` to a user macro that mutates it afterwards.
fn f() -> i64 {
    macro_rules! bump { ($v:ident, $n:expr) => { $v.push($n); }; }
    let mut v = vec![1i64];
    let r = &v;
    tick("a").await;
    let first = r[0];
    bump!(v, first + 1);
    tick("b").await;
    bump!(v, 9);
    v.iter().sum::<i64>()
}
