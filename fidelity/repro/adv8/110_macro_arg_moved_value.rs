// args:
// A user macro that moves its argument (`consume!(t)` -> `take($t)`) and one that clones it, around awaits; other bindings keep their scope.
fn f() -> i64 {
    macro_rules! consume { ($t:expr) => { take($t) }; }
    macro_rules! dup_name { ($t:expr) => { $t.name().to_string() }; }
    let a = Tracked::new("a");
    let b = Tracked::new("bb");
    tick("x").await;
    let n = consume!(a);
    tick("y").await;
    let s = dup_name!(&b);
    tick("z").await;
    n * 10 + s.ilen() + b.len()
}
