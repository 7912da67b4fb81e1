// args: 3
// A command table: `let handler: fn(i64) -> i64 = match cmd { "inc" => inc, "dbl" => dbl, _ => { log_unknown().await; noop } };`.
fn f(k: i64) -> i64 {
    fn inc(x: i64) -> i64 { x + 1 }
    fn dbl(x: i64) -> i64 { x * 2 }
    fn noop(x: i64) -> i64 { x }
    let cmds = ["inc", "dbl", "zzz", "inc"];
    let mut v = k;
    for cmd in cmds {
        let handler: fn(i64) -> i64 = match cmd {
            "inc" => inc,
            "dbl" => dbl,
            _ => { tick("unknown").await; noop }
        };
        v = handler(v);
    }
    v
}
