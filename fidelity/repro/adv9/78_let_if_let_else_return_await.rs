// args: 0
// `let x = if let .. { .. } else { return f().await };` and `let y = match .. { .. => return .., }` with Tracked.
fn f(k: i64) -> i64 {
    let o = opt_trk("o", k < 2);
    let x = if let Some(t) = o { t } else { return ready("r1", -1).await };
    let _h = Tracked::new("h");
    let y = match ready("m", res_trk(k + 1, "e")).await {
        Ok(v) => v,
        Err(e) => { let n = e.len(); tick("err").await; return n * 100 + x.len(); }
    };
    x.len() + y
}
