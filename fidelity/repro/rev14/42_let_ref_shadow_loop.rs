// args: 3
fn f(k: i64) -> i64 {
    let mut total = 0;
    for i in 0..k {
        let ref r = Tracked::new("r");
        if i == 1 { continue; }
        let ref r = (r.len(), Tracked::new("s"));
        tick("x").await;
        total += r.0 + r.1.len();
    }
    total
}
