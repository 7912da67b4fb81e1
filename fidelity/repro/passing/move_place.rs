// args: ("g", 7i64), vec![1i64, 2]
// class move-place: `match o18 { Some(t38) => .., None => .. }` on a homed binding (program seed
// 13543829106400915599, shrunk; E0507 before the read-out of moves syntax proves).
fn f<T: Clone + std::fmt::Debug, I: IntoIterator>(gv: T, items: I) -> i64 where I::Item: std::fmt::Debug {
    for it in items {
    }
    let t42: Tracked = {
        let t17: Tracked = if 1 < ready("r5", 5).await {
            ready("r6", ready("r7", ready("r8", Tracked::new("t9")).await).await).await
        } else {
            let f14 = |x: i64| x + 1;
            log_i(show(&gv));
            let tv16: Tracked = Tracked::new("t15");
            log_i(f14(0));
            tv16
        };
        let o18: Option<Tracked> = None::<Tracked>;
        let Some(t30) = Some({
            let r20: &Tracked = &t17;
            let tv22: Tracked = Tracked::new("t21");
            log(r20.name());
            tv22
        }) else {
            'l27: for i28 in 0..ready("r26", 0).await {
            }
            let ev29: i64 = show(&gv); log(t17.name()); return ev29;
        };
        let tv41: Tracked = {
            match o18 {
                Some(t38) => {
                log_i(ready("r39", 6).await);
                log(t38.name());
            }
                None => {
            }
            }
            ready("r40", t30).await
        };
        log(t17.name());
        tv41
    };
    let tv44: i64 = ready("r43", 0).await;
    log_i(show(&gv));
    log(t42.name());
    tv44
}
