// args:
// class ref-pattern + await-scrutinee: a partly moved awaited scrutinee drops at the end of the `match` statement.
fn f() -> i64 {
    match ready("r", Pair { a: Tracked::new("t36"), b: Tracked::new("t37") }).await {
        Pair { a: t33, b: ref r34 } => {
            log(t33.name());
            log(r34.name());
        }
    }
    log_i(0);
    0
}
