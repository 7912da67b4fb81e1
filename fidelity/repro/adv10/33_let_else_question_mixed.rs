// args: 2
// let-else with awaited scrutinees, `?` on Option inside an Option-returning coroutine, Tracked locals.
fn f(k: i64) -> Option<i64> {
    let g = Tracked::new("g");
    let Some(a) = ready("a", Some(k)).await else { return None; };
    let Ok(b) = ready("b", ok_if(a * 3)).await else {
        tick("else").await;
        return Some(-1);
    };
    let c = lookup(b).await?;
    let [x, y] = ready("arr", [c, a]).await;
    let t = opt_trk("o", k > 1)?;
    tick("end").await;
    Some(x * 100 + y * 10 + t.len() + g.len())
}
#[co] fn lookup(n: i64) -> Option<i64> {
    let _l = Tracked::new("lk");
    if ready("lk", n).await > 8 { None } else { Some(n + 1) }
}
