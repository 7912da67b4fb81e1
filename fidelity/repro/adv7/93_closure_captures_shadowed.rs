// args:
// A closure capturing a binding that is later shadowed (the closure keeps the first), called after awaits.
fn f() -> i64 {
    let x = Tracked::new("first");
    let get = || x.len();
    tick("a").await;
    let x = Tracked::new("second-longer");
    let a = get();
    tick("b").await;
    let b = get();
    a * 100 + b * 10 + x.len()
}
