// args: Tracked::new("arg0")
// class partial-move: the binding named whole on a returning path of the `match` arm
// whose nested `match` moves a field and falls through (generated: program seed
// 11866623416440724700, shrunk; E0382, then E0282, before branch `pmove`).
fn f(a0: Tracked) -> i64 {
    tick("r1").await;
    let p4: Pair = ready("r2", Pair { a: a0, b: Tracked::new("t3") }).await;
    match Some({
        Tracked::new("t16")
    }) {
        Some(t17) => {
        if true || ready("r18", true).await {
            let ev19: i64 = 2; log_pair(&p4); log(t17.name()); return ev19;
        }
        match ready("r22", res_trk(i64::from(Tracked::new("tmp20") >= t17.len()), "t21")).await {
            Ok(n23) => {
        }
            Err(e24) => {
            let p27: Pair = ready("r25", Pair { a: p4.a, b: Tracked::new("t26") }).await;
        }
        }
        log_i(0);
        log(t17.name());
    }
        None => {
    }
    }
    log_i(0);
    let tv30: i64 = 0;
    log(p4.b.name());
    tv30
}
