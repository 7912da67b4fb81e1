// args:
// `while true` (while_true) with a break, and a path statement `n;` (path_statements) between awaits.
fn f() -> i64 {
    let mut n = 0;
    while true {
        n += ready("n", 1).await;
        if n > 2 { break; }
    }
    n;
    tick("end").await;
    n
}
