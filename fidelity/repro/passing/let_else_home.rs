// args: true
// class let-else: a binding of a `let .. else` whose `else` awaits, borrowed across a later `.await` (needs a home).
fn f(c: bool) -> i64 {
    let Some(t8) = (if c { Some(Tracked::new("t8")) } else { None }) else {
        tick("r6").await;
        return 0;
    };
    let r = &t8;
    tick("x").await;
    r.len()
}
