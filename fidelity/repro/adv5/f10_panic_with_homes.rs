// args: 1
// A panic after awaits while homed and non-homed locals are alive in nested scopes.
fn f(n: i64) -> i64 {
    let a = Tracked::new("a");
    let w = weigh(&a, 1).await;
    let b = Tracked::new("b");
    {
        let c = Tracked::new("c");
        let w2 = weigh(&c, 2).await;
        let d = Tracked::new("d");
        if n == 1 {
            let v: Vec<i64> = Vec::new();
            log_i(v[w2 as usize]);
        }
        log(d.name());
    }
    w + b.len()
}
