// args:
// Edition 2024 let chains with awaited scrutinees (`if let Ok(a) = x.await && let Some(t) = y.await && cond`), failing at each link in turn; the else block logs.
fn f() -> i64 {
    let mut acc = 0;
    for k in 0..3 {
        if let Ok(a) = ready("a", res_trk(if k == 0 { 1 } else { 2 }, "err-a")).await
            && let Some(t) = ready("b", opt_trk("tb", k == 2)).await
            && t.len() == 2
        {
            acc += a + t.len() * 100;
        } else {
            log(format!("else {k}"));
            acc += 1000;
        }
    }
    acc
}
