// args:
// `let r = &mut v; add!(r);` (a user macro reborrowing through `r`), then after an await `v` is used again (r is dead).
fn f() -> i64 {
    macro_rules! add { ($r:expr) => { $r.push(1) }; }
    let mut v = vec![1i64];
    let r = &mut v;
    add!(r);
    tick("a").await;
    v.push(2);
    v.len() as i64
}
