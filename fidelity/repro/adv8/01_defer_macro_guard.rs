// args: 1
// A scopeguard-style `defer!` macro_rules (expands to `let _g = Guard(..);`) at the top of a block, awaits after it: the guard must run at scope end.
fn f(k: i64) -> i64 {
    macro_rules! defer { ($name:expr) => { let _guard = Tracked::new($name); }; }
    let mut total = 0;
    for i in 0..=k {
        defer!("iter");
        tick("work").await;
        total += i;
    }
    {
        defer!("block");
        total += ready("r", 10).await;
    }
    total
}
