// args: 2
// Extended temporaries via `let buf = &mut String::new();`, `let v = &vec![..];`, `let p = &Pair { .. };` used after awaits.
fn f(k: i64) -> i64 {
    let buf = &mut String::new();
    buf.push_str(ready("a", "hello").await);
    let v = &vec![Tracked::new("v0"), Tracked::new("v1")];
    tick("t").await;
    let p = &Pair { a: Tracked::new("pa"), b: Tracked::new("pb") };
    buf.push_str(ready("b", p.a.name()).await);
    buf.len() as i64 + v.len() as i64 * k + p.b.len()
}
