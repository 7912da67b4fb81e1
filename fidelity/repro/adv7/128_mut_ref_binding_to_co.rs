// args:
// Realistic: `let buf = &mut out;` passed to a #[co] writer, then `out` read; `let slot = v.last_mut().unwrap();` passed then `v` read.
fn f() -> i64 {
    let mut out = String::new();
    let buf = &mut out;
    write_greeting(buf, "ada").await;
    let mut v = vec![1i64, 2];
    let slot = v.last_mut().unwrap();
    bump(slot).await;
    out.ilen() * 100 + v.iter().sum::<i64>()
}
#[co] fn write_greeting(buf: &mut String, name: &str) { tick("w").await; buf.push_str("hi "); buf.push_str(name); }
#[co] fn bump(x: &mut i64) { *x += ready("inc", 10).await; }
