// args:
// Closures capturing locals by shared reference used across awaits, by value after awaits; closures returning awaitables.
fn f() -> i64 {
    let prefix = String::from("item-");
    let limit = Tracked::new("limit");
    let fmt = |n: i64| format!("{prefix}{n}");
    let within = |s: &str| s.len() as i64 <= limit.len() + 2;
    let mut kept = Vec::new();
    for i in [1, 22, 333] {
        let s = fmt(ready("n", i).await);
        if within(&s) {
            kept.push(s);
        }
    }
    let later = |n: i64| ready("later", n * 2);
    let x = later(kept.len() as i64).await + later(1).await;
    let finish = move || limit.len() + prefix.len() as i64;
    tick("end").await;
    x + finish()
}
