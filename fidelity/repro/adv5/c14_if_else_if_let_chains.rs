// args: 3
// if let / else if let / else with awaits in each condition and Tracked scrutinee temporaries.
fn f(n: i64) -> i64 {
    let mut out = 0;
    for i in 0..n {
        out += if let Some(t) = lookup(i).await {
            t.len()
        } else if let Ok(v) = parse(i).await {
            let _x = Tracked::new("elif");
            ready("v", v).await
        } else if i > 1 && ready("cond", true).await {
            100
        } else {
            -1
        };
    }
    out
}

#[co] fn lookup(i: i64) -> Option<Tracked> {
    tick("lookup").await;
    if i == 0 { Some(Tracked::new("first")) } else { None }
}
#[co] fn parse(i: i64) -> Result<i64, Tracked> {
    tick("parse").await;
    if i == 1 { Ok(11) } else { Err(Tracked::new("perr")) }
}
