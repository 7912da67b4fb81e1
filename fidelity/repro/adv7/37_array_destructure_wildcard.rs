// args:
// `let [a, _, c] = arr;` leaves the middle element in `arr` (dropped at arr's scope end); awaits between.
fn f() -> i64 {
    let arr = [Tracked::new("first"), Tracked::new("middle"), Tracked::new("last")];
    let [a, _, c] = arr;
    tick("t1").await;
    let n = take(a);
    tick("t2").await;
    n + c.len()
}
