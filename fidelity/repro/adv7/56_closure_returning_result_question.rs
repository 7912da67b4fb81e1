// args:
// A closure using `?` internally (returns Result) called between awaits; its errors handled with `match` arms that await.
fn f() -> i64 {
    let parse_pair = |s: &str| -> Result<(i64, i64), String> {
        let (a, b) = s.split_once(':').ok_or_else(|| format!("no colon in {s}"))?;
        Ok((a.parse().map_err(|_| "a".to_string())?, b.parse().map_err(|_| "b".to_string())?))
    };
    let mut acc = 0;
    for s in ["1:2", "3", "x:4", "5:6"] {
        match parse_pair(ready("in", s).await) {
            Ok((a, b)) => acc += a * b,
            Err(e) => { let _t = Tracked::new("err"); tick("err").await; log(e); acc += 100; }
        }
    }
    acc
}
