// args: 3
// continue from inside match arms after awaits with Tracked loop-body locals and a scrutinee temporary.
fn f(k: i64) -> i64 {
    let mut n = 0;
    let mut i = 0;
    while i < 5 {
        i += 1;
        let body = Tracked::new("body");
        match ready("m", opt_trk("scr", i % 2 == 0)).await {
            Some(t) if t.name().len() as i64 > k => { tick("guard").await; continue; }
            Some(t) => { n += t.len(); tick("some").await; }
            None => {
                let inner = Tracked::new("inner");
                if ready("none", i).await == k { continue; }
                n += inner.len();
            }
        }
        n += body.len();
    }
    n
}
