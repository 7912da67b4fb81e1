// args: 2
fn f(k: i64) -> i64 {
    let o = Some(Tracked::new("a"));
    let n = match o {
        w @ Some(_) => { tick("arm").await; w.map_or(0, |t| t.len()) }
        None => 0,
    };
    n + k
}
