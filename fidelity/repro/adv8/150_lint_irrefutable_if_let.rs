// args:
// `if let x = ready(..).await { .. }` (irrefutable_let_patterns) and an unreachable match arm after an awaited scrutinee.
fn f() -> i64 {
    let mut n = 0;
    if let x = ready("x", 4).await { n += x; }
    match ready("m", 2u8).await {
        0..=255 => n += 1,
        _ => n += 100,
    }
    n
}
