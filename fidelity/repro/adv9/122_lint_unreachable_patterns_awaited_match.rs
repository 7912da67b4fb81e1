// args: 1
// Lint check: `unreachable_patterns` in a match on an awaited value and `unreachable_code` after a diverging arm.
fn f(k: i64) -> i64 {
    let v = ready("v", k).await;
    let r = match v {
        0 => 10,
        n if n > 0 => n,
        _ => -1,
        #[allow(unreachable_patterns)]
        5 => 55,
    };
    let o: Option<i64> = ready("o", Some(r)).await;
    match o {
        Some(x) => x,
        None => 0,
    }
}
