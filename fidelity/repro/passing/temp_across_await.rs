// args:
// class temp-across-await: a statement's temporary lives to the end of the statement.
fn f() -> i64 {
    let n: i64 = Tracked::new("tmp").plus(1) + ready("r", 2).await;
    n
}
