// args:
// Parsing "key=value" config lines fetched line by line; errors accumulated; ? on parse inside a helper coroutine.
fn f() -> i64 {
    let mut cfg = std::collections::BTreeMap::new();
    let mut errors: Vec<String> = Vec::new();
    for i in 0..5 {
        let line = read_line(i).await;
        match parse_line(&line).await {
            Ok((k, v)) => {
                cfg.insert(k, v);
            }
            Err(e) => errors.push(format!("line {i}: {e}")),
        }
    }
    log(errors.join("; "));
    cfg.values().sum::<i64>() * 10 + errors.len() as i64
}

#[co] fn read_line(i: i64) -> String {
    tick("read").await;
    ["a=1", "b = 22", "junk", "c=x", "d=4"][i as usize].to_string()
}
#[co] fn parse_line(line: &str) -> Result<(String, i64), String> {
    let _t = Tracked::new("parse");
    let (k, v) = line.split_once('=').ok_or("no '='")?;
    tick("parse").await;
    let v: i64 = v.trim().parse().map_err(|e: std::num::ParseIntError| e.to_string())?;
    Ok((k.trim().to_string(), v))
}
