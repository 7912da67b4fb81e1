// args: 2
fn f(k: i64) -> i64 {
    let mut i = 0;
    let v = loop {
        let ref mut r = Tracked::new("r");
        let ref q = ready("q", Tracked::new("q")).await;
        i += 1;
        if i == k { break r.len() + q.len(); }
        if i > 5 { return -1; }
        tick("l").await;
    };
    v + i
}
