// args:
// A user macro moves `t`; `t` is assigned a new value before the next await.
fn f() -> i64 {
    macro_rules! take_it { ($e:expr) => { take($e) }; }
    let mut t = Tracked::new("a");
    let n = take_it!(t);
    t = Tracked::new("b");
    tick("a").await;
    n + t.len()
}
