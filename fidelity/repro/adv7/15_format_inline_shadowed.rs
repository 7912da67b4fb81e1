// args:
// Inline format arguments `{x}` / `{x:?}` naming a binding that is shadowed across awaits (renamed by the transform), in format!, and in a closure.
fn f() -> i64 {
    let x = 1;
    tick("a").await;
    let x = Tracked::new("xx");
    let s1 = format!("{x:?}");
    tick("b").await;
    let x = x.len() + ready("n", 2).await;
    let s2 = format!("v={x} w={x:>4}");
    let show = || format!("c{x}");
    tick("c").await;
    log(format!("{s1} {s2} {}", show()));
    x + s1.ilen() + s2.ilen()
}
