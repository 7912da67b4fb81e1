// args:
// Bindings never read (unused_variables) and a value assigned but never read (unused_assignments) around awaits.
fn f() -> i64 {
    let conn = Tracked::new("conn");
    let mut status = 0;
    tick("a").await;
    status = ready("s", 2).await;
    let result = 9;
    tick("b").await;
    3
}
