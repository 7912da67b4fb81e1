// args: 2
// An edition-2024 let chain whose second operand awaits an awaitable borrowing a temporary.
fn f(k: i64) -> i64 {
    let o = Some(k);
    if let Some(n) = o && weigh(&Tracked::new("t"), n).await > 2 {
        log("then");
        n
    } else {
        0
    }
}
