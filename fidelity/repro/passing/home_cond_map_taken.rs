// args: true
// Moved on one path only by a by-value method (`map`), the path taken.
fn f(c: bool) -> i64 {
    let o: Option<Tracked> = Some(Tracked::new("t"));
    let k = Tracked::new("k");
    if c {
        log_i(o.map(|t| t.len()).unwrap_or(0));
    }
    tick("a").await;
    k.len()
}
