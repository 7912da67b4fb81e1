// args:
// MIN (refusal): std `Option::or` (takes self, not on the by-value list) on a binding whose result is kept across an await:
// E0507 "cannot move out of a mutable reference ... `Option<support::Tracked>`".
fn f() -> i64 {
    let primary = Some(Tracked::new("p"));
    let chosen = primary.or(None);
    tick("t").await;
    opt_len(&chosen)
}
