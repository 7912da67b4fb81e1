// args: false
// class cond-move: moved on one path only; the other path keeps it to scope end.
fn f(c: bool) -> i64 {
    let t: Tracked = Tracked::new("t");
    if c {
        take(t);
    }
    tick("a").await;
    0
}
