// args: 1
// `if`/`match`/block values as autoref'd receivers before a later await, and a temporary Vec indexed by an
// awaited index (`bag(..)[f().await]`).
fn f(k: i64) -> i64 {
    let a = (if k > 0 { Tracked::new("then") } else { Tracked::new("else") }).len() + ready("a", 1).await;
    let b = (match k { 1 => Tracked::new("one"), _ => Tracked::new("other") }).plus(2) + ready("b", 1).await;
    let c = { let _inner = Tracked::new("inner"); Tracked::new("blockval") }.len() + ready("c", 1).await;
    let d = bag("b0", "b1")[ready("i", k as usize).await].len() + ready("d", 1).await;
    a + b + c + d
}
