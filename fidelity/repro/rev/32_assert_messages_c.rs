// args: 2
// A failing assert! with a negation, a closure and a block.
fn f(k: i64) -> i64 {
    let x = k;
    let r = &x;
    tick("a").await;
    assert!(!(|a: i64| a > 0)(x) || { x } < 0);
    *r
}
