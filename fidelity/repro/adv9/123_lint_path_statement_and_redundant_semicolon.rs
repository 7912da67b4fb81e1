// args: 1
// Lint check: a path statement (`x;`) and a redundant semicolon after an await; both twins should warn alike.
fn f(k: i64) -> i64 {
    let x = ready("x", k).await;;
    x;
    let t = Tracked::new("t");
    tick("t").await;
    t.len() + x
}
