// args:
// MIN (refusal): a match whose guard awaits, with an arm pattern that is a named constant:
// E0308 "mismatched types: expected `&i64`, found `i64`, `LIM` is interpreted as a constant"
// (the arm is chosen on `&scrutinee`, where a constant pattern gets no default binding mode).
fn f() -> i64 {
    const LIM: i64 = 3;
    match 3i64 {
        LIM if ready("g", 1).await > 0 => 100,
        _ => 0,
    }
}
