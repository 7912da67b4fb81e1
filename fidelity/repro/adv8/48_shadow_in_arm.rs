// args: 2
// Shadowing inside match arms and if-let bodies (`let x = x * 2;`, `let t = Tracked::new(..)` over a payload), with awaits.
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..=k {
        let o = opt_trk("pay", i != 1);
        out += match o {
            Some(t) => { let t_len = t.len(); let t = Tracked::new("shadow"); tick("arm").await; t_len + t.len() }
            None => { let x = i; let x = x * 2; ready("none", x).await }
        };
        if let Some(x) = Some(i) { let x = x + 100; tick("if").await; out += x; }
    }
    out
}
