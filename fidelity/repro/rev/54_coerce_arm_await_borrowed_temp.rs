// args: 1
// `let b: Box<dyn Debug> = match k { .. => Box::new(weigh(&Tracked::new("t"), 1).await) }`: the arm's awaitable borrows a temporary.
fn f(k: i64) -> i64 {
    let b: Box<dyn std::fmt::Debug> = match k {
        0 => Box::new(0i64),
        _ => Box::new(weigh(&Tracked::new("t"), 1).await),
    };
    format!("{b:?}").len() as i64
}
