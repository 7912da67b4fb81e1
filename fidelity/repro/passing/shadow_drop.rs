// args:
// class shadow-drop: a shadowed binding lives to the end of its scope.
fn f() -> i64 {
    let t: Tracked = Tracked::new("first");
    let t: Tracked = Tracked::new("second");
    tick("a").await;
    t.len()
}
