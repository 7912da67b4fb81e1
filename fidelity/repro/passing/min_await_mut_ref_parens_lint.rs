// args:
// MIN (lint difference): awaiting through `&mut` (`(&mut r).await`, parentheses required by the syntax):
// the coroutine alone warns "unnecessary parentheses".
fn f() -> i64 {
    let mut r = ready("r", 5);
    let a = (&mut r).await;
    a
}
