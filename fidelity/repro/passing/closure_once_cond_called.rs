// args: true
// class closure: a closure that owns a value (`FnOnce`) called on some paths only, then an await:
// it has a home for its drop flag, and its call reads it out of the home (it was E0507); on the
// other path it drops, with what it owns, at the end of its scope.
fn f(c: bool) -> i64 {
    let t: Tracked = Tracked::new("t");
    let h = || take(t);
    let mut n: i64 = 0;
    if c {
        n = h();
    }
    tick("r").await;
    log_i(n);
    n
}
