// args:
// class closure: a non-move closure that uses a homed local only by value owns it (moved in when
// the closure is made, dropped with it); one is called, one is dropped at the end of its scope.
fn f() -> i64 {
    let t: Tracked = Tracked::new("t");
    let u: Tracked = Tracked::new("u");
    let r: &Tracked = &t;
    tick("a").await;
    log(r.name());
    let g = || take(t);
    {
        let h = || take(u);
        tick("b").await;
        let _ = &h;
    }
    log("after h");
    tick("c").await;
    g()
}
