// args:
// Implicitly captured width/precision arguments (`{x:>w$}`, `{:.p$}`, `{0:w$}`) naming bindings that are shadowed across awaits (renamed by the transform).
fn f() -> i64 {
    let w = 3usize;
    let p = 1usize;
    tick("a").await;
    let w = w + ready("w", 4usize).await;
    let x = 7;
    tick("b").await;
    let x = x * 2;
    let p = p + 1;
    let s1 = format!("[{x:>w$}]");
    let s2 = format!("[{:.p$}]", 3.14159f64);
    let s3 = format!("[{0:w$}|{1:<w$.p$}]", x, 2.5f64);
    tick("c").await;
    log(format!("{s1}{s2}{s3}"));
    s1.ilen() * 10000 + s2.ilen() * 100 + s3.ilen()
}
