// args: 3, ("g", 7i64)
// class partial-move: the field moved in a branch of a `let .. else`'s initialiser, the
// binding named whole on a returning path of the other (generated: program seed
// 5982900984683171246; E0507 before branch `pmove`).
fn f<T: Clone + std::fmt::Debug>(n0: i64, gv: T) -> Result<i64, String> {
    let p4: Pair = ready("r1", Pair { a: Tracked::new("t2"), b: Tracked::new("t3") }).await;
    let mut n6: i64 = format!("{}-{}", ready("r5", 1).await, p4.b.len()).ilen();
    let n12: i64 = P2 { x: ready("r10", ok_if(if ready("r7", false).await {
        show(&ready("r8", gv.clone()).await)
    } else {
        tick("r9").await;
        n6
    })).await?, y: [show(&gv), ready("r11", 7).await][1] }.sum();
    let n15: i64 = format!("{}-{}", ready("r13", 1).await, 5 - ready("r14", 0).await).ilen();
    if Tracked::new("tmp16").plus(5) >= match ready("r17", 7).await { 3 => {
        p4.b.len()
    }, m18 if m18 > ready("r19", 4).await => {
        let n20: i64 = n0;
        m18
    }, _ => {
        ready("r21", 7).await
    } } {
        println!("{}", (0, n15).0);
        let ev22: Result<i64, String> = Ok(n6); log_i(show(&gv)); return ev22;
    }
    log_i(1);
    let Some(t41) = Some(if 5 >= n15 {
        let Some(t26) = ready("r23", opt_trk("t24", false)).await else {
            let ev25: Result<i64, String> = Ok(p4.b.len()); log_i(show(&gv)); log_pair(&p4); return ev25;
        };
        let tv28: Tracked = Tracked::new("t27");
        log(t26.name());
        tv28
    } else {
        println!("{}", show(&ready("r29", gv.clone()).await));
        tick("r30").await;
        {
            assert!(p4.b.len() > i64::MIN);
            p4.a
        }
    }) else {
        if let Some(t34) = opt_trk("t32", n0 < 6 && true) && ready("r33", true).await {
            log(t34.name());
        } else {
            let p4: Pair = Pair { a: ready("r35", Tracked::new("t36")).await, b: Tracked::new("t37") };
            log_pair(&p4);
        }
        assert!(0 < 10, "{}", ready("r39", 7).await);
        let ev40: Result<i64, String> = Ok(n0); log_i(show(&gv)); log(p4.b.name()); return ev40;
    };
    if t41.len() > 2 || n12 < 5 {
        match None::<Tracked> {
            Some(t42) => {
            { let mut w43 = 0; while w43 < small(show(&gv)) {
                w43 += 1;
                let mut n44: i64 = t41.len();
            } }
            let Some(t46) = None::<Tracked> else {
                let ev45: Result<i64, String> = Ok(show(&gv)); log_i(show(&gv)); log(p4.b.name()); log(t42.name()); return ev45;
            };
            log(t46.name());
        }
            None => {
            let t48: Tracked = {
                Tracked::new("t47")
            };
            if let Some(t49) = Some(t48) && n12 < 6 {
                log(t49.name());
            } else {
                let c50 = move || t41.len();
                log_i(c50());
            }
            let _ = Tracked::new("t51");
        }
        }
    }
    let tv58: Result<i64, String> = Ok(P2 { x: consume(&Tracked::new("tmp52"), ready("r53", n15).await), y: ready("r54", {
        ready("r55", ready("r56", Tracked::new("t57")).await).await
    }).await.len() }.sum());
    log_i(n0);
    log_i(show(&gv));
    log_i(n6);
    log_i(n15);
    tv58
}
