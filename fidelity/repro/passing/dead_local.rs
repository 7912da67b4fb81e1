// args:
// class dead-local: a binding whose last use (a method receiver) precedes an await lives to scope end (a lock guard).
fn f() -> i64 {
    let guard: Tracked = Tracked::new("guard");
    log(guard.name());
    tick("a").await;
    0
}
