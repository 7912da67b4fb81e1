// args: 2
// Inline `const {}` blocks as operands and `&raw const` taken across an await (read back via a safe copy).
fn f(k: i64) -> i64 {
    let arr = [const { 5 }; 3];
    let x = ready("x", k).await + const { 10 * 2 };
    let p = &raw const arr;
    tick("t").await;
    let addr_ok = std::ptr::eq(p, &arr);
    log(format!("eq {addr_ok}"));
    x + arr.iter().sum::<i64>()
}
