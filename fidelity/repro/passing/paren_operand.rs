// args:
// class paren-operand (item 10): a parenthesised operand hoisted before an awaiting sibling warns (unused_parens).
fn f() -> i64 {
    let n: i64 = [(1 - 2), ready("r", 3).await][0];
    n
}
