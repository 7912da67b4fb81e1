// args: 3
// checked/saturating/wrapping arithmetic with awaited operands; a real overflow panic in release? (no: wrapping).
fn f(k: i64) -> i64 {
    let a: u8 = ready("a", 250u8).await;
    let b = a.checked_add(ready("b", k as u8).await);
    let c = a.saturating_add(ready("c", 10).await);
    let d = a.wrapping_mul(ready("d", 3).await);
    let e = (ready("e", i64::MAX).await).checked_mul(k).unwrap_or(-1);
    let f = i32::try_from(ready("f", 1i64 << 40).await).unwrap_or(7);
    b.map_or(-100, |x| x as i64) + c as i64 + d as i64 + e + f as i64
}
