// args:
// A comparison useless due to type limits (`x >= 0` on u8) on an awaited value, and an overflowing literal cast away.
fn f() -> i64 {
    let x: u8 = ready("x", 7u8).await;
    if x >= 0 { tick("pos").await; }
    x as i64
}
