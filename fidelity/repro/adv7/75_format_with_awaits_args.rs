// args:
// `format!` with several awaited arguments, positional/named args, and width from an awaited value (`{:>w$}`).
fn f() -> i64 {
    let name = Tracked::new("fmt");
    let s = format!("{}:{}", name.name(), ready("a", 1).await);
    let w = ready("w", 6usize).await;
    let t = format!("[{:>w$}] [{n:<4}] {0}", ready("b", 42).await, n = ready("c", "x").await);
    let u = format!("{}{}{}", Tracked::new("t1").len(), ready("d", 2).await, Tracked::new("t2").len());
    log(format!("{s}|{t}|{u}"));
    s.ilen() + t.ilen() + u.ilen()
}
