// args: 2
// A Tracked temporary in a `match` scrutinee (`Tracked::new(..).len() + k`) lives to the end of the match; arms await.
fn f(k: i64) -> i64 {
    let r = match Tracked::new("scrut").len() + k {
        5 => { tick("five").await; 50 }
        n if n > 5 => ready("big", n).await,
        _ => 0,
    };
    let s = match opt_trk("o", k > 0).map(|t| t.len()) {
        Some(n) => { tick("some").await; n }
        None => -1,
    };
    r * 10 + s
}
