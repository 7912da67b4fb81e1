// args: 2
// 153 with the ledger rewrite for an FnOnce binding called (`{ h }()`).
fn f(k: i64) -> i64 {
    let mut handlers: Vec<Box<dyn FnOnce() -> i64>> = Vec::new();
    for i in 0..3 {
        let payload = opt_trk(if i == 0 { "p0" } else if i == 1 { "p1" } else { "p2" }, i != 1);
        handlers.push(Box::new(move || opt_len(&payload) * 10 + i));
        tick("reg").await;
    }
    let mut s = 0;
    for (i, h) in handlers.into_iter().enumerate() {
        if (i as i64) < k { s += ready("call", { h }()).await; } else { log("skip"); }
    }
    s
}
