// args:
// `drop(n)` on an i64 and `drop(&t)` on a reference (dropping_copy_types / dropping_references) between awaits.
fn f() -> i64 {
    let n = ready("n", 3i64).await;
    let t = Tracked::new("t");
    drop(n);
    drop(&t);
    tick("a").await;
    n + t.len()
}
