// args:
// class temp-across-await: a match scrutinee's temporary lives to the end of the match.
fn f() -> i64 {
    match Tracked::new("scrut").len() {
        0 => 0,
        _ => ready("arm", 1).await,
    }
}
