// args:
// MIN (refusal): a slice pattern binding the rest by value (`rest @ ..`) on an array of Tracked, then an await:
// "coro: this pattern moves a part out of `arr` and leaves the parts under `..` in it ..." -- but `rest @ ..`
// moves every remaining element (nothing is left under `..`).
fn f() -> i64 {
    let arr = [Tracked::new("a"), Tracked::new("b")];
    let [first, rest @ ..] = arr;
    tick("t").await;
    first.len() + rest.len() as i64
}
