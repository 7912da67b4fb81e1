// args:
// A line parser using `let .. else` with awaits before and inside the else (returning early), slices and split_once.
fn f() -> i64 {
    let mut total = 0;
    for line in ["a=1", "bad", "c=x", "dd=4"] {
        total = total * 10 + parse_line(line).await;
    }
    total
}
#[co] fn parse_line(line: &str) -> i64 {
    let _g = Tracked::new("parse");
    let raw = ready("read", line).await;
    let Some((k, v)) = raw.split_once('=') else {
        tick("no-eq").await;
        return 0;
    };
    let Ok(n) = v.parse::<i64>() else {
        log(format!("bad value for {k}"));
        return 1;
    };
    tick("parsed").await;
    n + k.len() as i64
}
