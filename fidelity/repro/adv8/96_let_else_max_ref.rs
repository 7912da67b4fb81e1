// args:
// `let Some(best) = scores.iter().max_by_key(..) else { return .. };` (a reference into a Vec) held across awaits.
fn f() -> i64 {
    let scores = vec![(Tracked::new("ann"), 3i64), (Tracked::new("bob"), 9), (Tracked::new("cy"), 5)];
    let Some(best) = scores.iter().max_by_key(|(_, s)| *s) else { return -1 };
    tick("found").await;
    let Some(worst) = scores.iter().min_by_key(|(_, s)| *s) else { return -2 };
    let d = ready("diff", best.1 - worst.1).await;
    d * 100 + best.0.len() * 10 + worst.0.len()
}
