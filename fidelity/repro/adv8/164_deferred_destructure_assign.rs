// args: 1
// `let (a, b);` declared without values, then initialised by a destructuring assignment with an await, on two paths.
fn f(k: i64) -> i64 {
    let (a, b): (Tracked, i64);
    if k == 0 {
        (a, b) = (Tracked::new("zero"), 0);
    } else {
        (a, b) = (ready("ra", Tracked::new("ka")).await, ready("rb", k).await);
    }
    tick("after").await;
    a.len() * 10 + b
}
