// args:
// A FnMut closure stored in a local, capturing a Vec by &mut, called in a loop with awaits; then the Vec read.
fn f() -> i64 {
    let mut events: Vec<String> = Vec::new();
    let mut seq = 0;
    {
        let mut emit = |kind: &str, v: i64| {
            seq += 1;
            events.push(format!("{seq}:{kind}={v}"));
        };
        for i in 0..3 {
            let v = ready("val", i * i).await;
            emit("sq", v);
            if v > 2 {
                tick("big").await;
                emit("big", v);
            }
        }
    }
    tick("flush").await;
    log(events.join(","));
    events.len() as i64 * 10 + seq
}
