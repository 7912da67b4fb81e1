// args:
// `let _ = ready(.., Tracked).await;` (dropped at once), `_ = Tracked::new(..);`, `let _ = t;` (no move), `drop(u)` between awaits.
fn f() -> i64 {
    let _ = ready("ign", Tracked::new("ignored")).await;
    _ = Tracked::new("assigned");
    let t = Tracked::new("kept");
    let _ = t;
    tick("a").await;
    let u = Tracked::new("dropped");
    drop(u);
    tick("b").await;
    t.len()
}
