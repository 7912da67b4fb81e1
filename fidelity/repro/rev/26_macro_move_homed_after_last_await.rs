// args:
// A binding held across an await, then moved by a user macro after the last await.
fn f() -> i64 {
    macro_rules! take_it { ($e:expr) => { take($e) }; }
    let t = Tracked::new("t");
    let g = Tracked::new("g");
    tick("a").await;
    let n = take_it!(t);
    log("after take");
    n + g.len()
}
