// args: 1
// Attributes inside expressions: on a struct-literal field whose value awaits, on a closure, and `#[expect]` on a let.
fn f(k: i64) -> i64 {
    let p = P2 { #[allow(unused_parens)] x: (ready("x", k).await), y: 2 };
    let c = |v: i64| v * 2;
    #[expect(unused_variables)]
    let unused = ready("u", 0).await;
    c(p.sum())
}
