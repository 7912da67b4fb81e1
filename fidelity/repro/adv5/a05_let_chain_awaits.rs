// args: 3
// let chains with awaits in several links and Tracked values bound by the chain.
fn f(n: i64) -> i64 {
    let mut out = 0;
    for k in 0..n {
        if let Some(t) = lookup(k).await
            && t.len() > 1
            && let Ok(v) = validate(&t, k).await
        {
            out += v;
            tick("hit").await;
        } else if let Some(u) = lookup(k + 10).await {
            out += u.len() * 100;
        } else {
            log("miss");
        }
    }
    out
}

#[co] fn lookup(k: i64) -> Option<Tracked> {
    tick("lookup").await;
    match k % 3 {
        0 => Some(Tracked::new("zero")),
        1 => Some(Tracked::new("o")),
        _ => None,
    }
}
#[co] fn validate(t: &Tracked, k: i64) -> Result<i64, String> {
    tick("validate").await;
    if k == 0 { Ok(t.len()) } else { Err(format!("bad {k}")) }
}
