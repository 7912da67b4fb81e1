// args: 2
// `#[cfg(debug_assertions)] assert!(..);` and `#[cfg_attr(all(), allow(unused_variables))] let ..;` in a body that awaits.
fn f(k: i64) -> i64 {
    let x = ready("a", k).await;
    #[cfg(debug_assertions)]
    assert!(x > 0);
    #[cfg_attr(all(), allow(unused_variables))]
    let y = x + 1;
    tick("b").await;
    x
}
