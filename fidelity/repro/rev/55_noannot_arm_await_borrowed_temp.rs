// args: 1
// Control for 54 without the annotation (Box<i64>).
fn f(k: i64) -> i64 {
    let b = match k {
        0 => Box::new(0i64),
        _ => Box::new(weigh(&Tracked::new("t"), 1).await),
    };
    format!("{b:?}").len() as i64
}
