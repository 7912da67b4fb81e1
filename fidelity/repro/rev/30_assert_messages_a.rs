// args: 2
// A failing assert! without a message on a homed binding written compactly (`x==-1`): the panic message must be Rust's.
fn f(k: i64) -> i64 {
    let x = k;
    let r = &x;
    tick("a").await;
    assert!(x==-1&&*r>0);
    x
}
