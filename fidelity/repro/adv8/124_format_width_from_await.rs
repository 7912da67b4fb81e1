// args:
// format! with width/precision arguments from awaited values and positional args reused (`{0}{0}`), named args.
fn f() -> i64 {
    let name = String::from("ab");
    let s = format!("[{:>w$}|{:.p$}|{0}{0}]", name, 3.14159, w = ready("w", 5).await, p = ready("p", 2).await);
    log(s.clone());
    let t = Tracked::new("t");
    let u = format!("{n}-{}", t.len(), n = ready("n", t.name()).await);
    log(u.clone());
    s.ilen() * 100 + u.ilen()
}
