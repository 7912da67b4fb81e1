// args:
// class await-break-value: a `break 'l x.await` while a local is borrowed across it.
fn f() -> i64 {
    let t: Tracked = Tracked::new("t");
    let r: &Tracked = &t;
    let n: i64 = if t.len() > 3 {
        0
    } else {
        'l: loop {
            break 'l ready("r", 8).await;
        }
    };
    let v: i64 = consume(&t, n);
    log(r.name());
    v
}
