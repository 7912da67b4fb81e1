// args: 2
// Shadowing by a borrow of the shadowed binding (`let line = line.trim();`, `let v = &mut v;`), held across awaits.
fn f(k: i64) -> i64 {
    let line = ready("line", String::from("  cmd arg  ")).await;
    let line = line.trim();
    tick("trimmed").await;
    let mut parts = line.split(' ');
    let cmd = parts.next().unwrap_or("");
    let v = vec![Tracked::new("v")];
    let mut v = v;
    let v = &mut v;
    v.push(ready("push", Tracked::new("pushed")).await);
    let t = Tracked::new("t");
    let t = &t;
    tick("t").await;
    cmd.len() as i64 * 100 + v.len() as i64 * 10 + t.len() + k
}
