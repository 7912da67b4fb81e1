// args: 1
// Comparisons whose left operand is an awaited Tracked temporary and right operand awaits too (held across).
fn f(k: i64) -> i64 {
    let a = ready("l", Tracked::new("xx")).await < ready("r", 3 + k).await;
    let b = ready("r2", k).await == ready("l2", Tracked::new("y")).await;
    let c = Tracked::new("zzz") >= ready("r3", 3).await && ready("r4", true).await;
    a as i64 * 100 + b as i64 * 10 + c as i64
}
