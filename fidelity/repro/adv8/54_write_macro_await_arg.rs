// args:
// `write!`/`writeln!` into a String with an awaited argument and a Tracked temporary argument; assert_eq! over an awaited value.
fn f() -> i64 {
    use std::fmt::Write;
    let mut out = String::new();
    write!(out, "{}-{}", Tracked::new("w").len(), ready("x", 12).await).unwrap();
    writeln!(out, "|{}", ready("y", "end").await).unwrap();
    assert_eq!(ready("chk", out.len()).await, 9);
    let ok = matches!(ready("m", Some(3)).await, Some(n) if n > 2);
    log(out.clone());
    out.ilen() * 10 + ok as i64
}
