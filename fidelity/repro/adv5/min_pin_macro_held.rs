// args:
// MIN (refusal): `std::pin::pin!` in a `let`, the pinned reference used after an await:
// E0716 "temporary value dropped while borrowed" (also when the value is bound first; Box::pin works).
fn f() -> i64 {
    let fut = ready("pinned", 7);
    let mut p = std::pin::pin!(fut);
    tick("t").await;
    let c = p.as_mut().await;
    c
}
