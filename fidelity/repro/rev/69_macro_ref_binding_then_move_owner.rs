// args:
// `let r = &t; show!(r);` then after an await the owner `t` is moved (r is dead).
fn f() -> i64 {
    macro_rules! show { ($r:expr) => { log($r.name()) }; }
    let t = Tracked::new("t");
    let r = &t;
    show!(r);
    tick("a").await;
    take(t)
}
