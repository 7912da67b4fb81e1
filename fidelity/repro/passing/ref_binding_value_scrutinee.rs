// args: Tracked::new("arg0")
// class paren-condition: a `ref` binding into a parenthesised struct literal scrutinee (not awaited), held across an `.await` of its arm (was E0716; program seed 7029633326580493376).
fn f(a0: Tracked) -> i64 {
    match (Pair { a: Tracked::new("t3"), b: a0 }) {
        Pair { a: t1, b: ref r2 } => {
            tick("r4").await;
            log(r2.name());
            log(t1.name());
        }
    }
    if let (Some(t5), _) = (opt_trk("t6", true), Tracked::new("t7")) {
        tick("r8").await;
        log(t5.name());
    }
    log_i(0);
    0
}
