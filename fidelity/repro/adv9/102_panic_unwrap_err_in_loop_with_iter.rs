// args: 2
// `unwrap()` on an Err inside a `for` over `drain(..)` with awaits: the drained rest and the vec unwind.
fn f(k: i64) -> i64 {
    let mut v: Vec<Result<Tracked, String>> = vec![Ok(Tracked::new("a")), Ok(Tracked::new("b")), Err("bad".to_string()), Ok(Tracked::new("d"))];
    let _keep = Tracked::new("keep");
    let mut s = 0;
    for (i, r) in v.drain(..).enumerate() {
        tick("item").await;
        if i as i64 >= k { s += r.unwrap().len(); } else { s += 1; }
    }
    s + v.len() as i64
}
