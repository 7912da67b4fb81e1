// args: 3
// format!/write! with awaited positional and named args, width/precision args, Debug of Tracked.
fn f(k: i64) -> i64 {
    use std::fmt::Write;
    let t = Tracked::new("tt");
    let s1 = format!("{:>w$}|{}", ready("a", k).await, t.name(), w = ready("w", 4).await as usize);
    let s2 = format!("{name}-{0:?}-{n:.p$}", ready("b", 2.5f64).await, name = t.name(), n = 1.23456, p = k as usize);
    let mut out = String::new();
    write!(out, "{}{}", ready("c", "x").await, s1.len()).unwrap();
    writeln!(&mut out, "{:?}", Tracked::new("dbg")).unwrap();
    log(format!("{s1}|{s2}|{out}"));
    let joined = [ready("j1", "p").await, "q", ready("j2", "r").await].join(",");
    (s1.len() + s2.len() + out.len() + joined.len()) as i64
}
