// args:
// A non-move closure mutably borrowing locals, called between awaits; locals read after the closure's last use.
fn f() -> i64 {
    let mut total = 0i64;
    let mut seen: Vec<&'static str> = Vec::new();
    let names = [Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    let mut record = |t: &Tracked, w: i64| {
        total += t.len() * w;
        seen.push(t.name());
    };
    for (i, t) in names.iter().enumerate() {
        let w = ready("w", i as i64 + 1).await;
        record(t, w);
    }
    tick("done").await;
    log(format!("seen {}", seen.join(",")));
    total
}
