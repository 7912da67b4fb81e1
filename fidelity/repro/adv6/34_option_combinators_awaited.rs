// args:
// Combinator chains on awaited values: `.map(..).unwrap_or(0)`, `.and_then`, `.filter`, `.zip`, `.map_or`, `.unwrap_or_default()` on Option<Tracked>.
fn f() -> i64 {
    let a = ready("a", Some(3)).await.map(|x| x + 1).unwrap_or(0);
    let b = ready("b", None::<i64>).await.map(|x| x + 1).unwrap_or(-1);
    let c = ready("c", opt_trk("cc", true)).await.map(|t| t.len()).filter(|n| *n > 1).unwrap_or(0);
    let d = ready("d", Some(2)).await.zip(ready("e", Some(5)).await).map_or(0, |(x, y)| x * y);
    let e: String = ready("f", None::<String>).await.unwrap_or_default();
    let g = ready("g", opt_trk("gg", true)).await.and_then(|t| if t.len() > 5 { Some(t) } else { None }).is_some();
    a * 100000 + b * 10000 + c * 1000 + d * 10 + e.len() as i64 + g as i64
}
