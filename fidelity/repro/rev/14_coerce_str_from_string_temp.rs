// args: 0
// `let s: &str = match k { 0 => &String::from(..), _ => { .await; "b" } }`: extended temporary in a match arm, coerced to &str.
fn f(k: i64) -> i64 {
    let s: &str = match k {
        0 => &String::from("abc"),
        _ => { tick("a").await; "b" }
    };
    tick("b").await;
    s.len() as i64
}
