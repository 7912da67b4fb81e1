// args: 5
// class await-guard: a guard's binding inside a macro's operands, after the guard's suspension, was left a reference (E0308).
fn f(n: i64) -> i64 {
    match ready("s", n).await {
        2 => 1,
        m if m > format!("{}-{}", [ready("r", 9).await, m][1], 0).ilen() => 0,
        _ => 5,
    }
}
