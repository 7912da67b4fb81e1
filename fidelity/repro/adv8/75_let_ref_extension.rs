// args:
// Temporary lifetime extension: `let r = &Tracked::new(..);`, `let w = &ready(.., Tracked).await;`, `let p = &pair_of(..).a;` across awaits.
fn f() -> i64 {
    let r = &Tracked::new("ext");
    tick("a").await;
    let w = &ready("w", Tracked::new("awaited")).await;
    tick("b").await;
    let p = &pair_of("pa", "pb").a;
    tick("c").await;
    r.len() + w.len() + p.len()
}
