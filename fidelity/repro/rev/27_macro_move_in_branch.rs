// args: 1
// A user macro moves `t` in one branch of an if; awaits after the if. Rust drops `t` with a drop flag at scope end when not moved.
fn f(k: i64) -> i64 {
    macro_rules! take_it { ($e:expr) => { take($e) }; }
    let t = Tracked::new("t");
    let mut n = 0;
    if k == 1 { n = take_it!(t); }
    tick("a").await;
    n
}
