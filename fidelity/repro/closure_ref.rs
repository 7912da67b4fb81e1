// args:
// class closure (item 3): a non-move closure capturing a local by reference, called after an await.
fn f() -> i64 {
    let t: Tracked = Tracked::new("t");
    let g = |x: i64| x + t.len();
    tick("r").await;
    g(1)
}
