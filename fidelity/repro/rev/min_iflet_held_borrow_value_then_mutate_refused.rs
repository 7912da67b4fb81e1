// args:
// MIN (refusal, change 8 lower/control.rs held_if_let_value; passed before): an awaited `if let` scrutinee whose
// pattern binds nothing is now held and dropped at the end of the then branch; its value (`Option<&Tracked>`, no drop
// glue) borrows `v`, which the then branch mutates after a suspension: the explicit drop keeps the borrow alive.
// error[E0716]: temporary value dropped while borrowed / E0505 cannot move out of value because it is borrowed
fn f() -> i64 {
    let mut v = vec![Tracked::new("a")];
    if let Some(_) = v.get(ready("i", 0usize).await) {
        tick("t").await;
        v.push(Tracked::new("b"));
    }
    v.len() as i64
}
