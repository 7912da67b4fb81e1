// args:
// class ref-pattern + move-from-awaited: a `ref` binding of an awaited scrutinee used after an `.await` of its arm (was E0716).
fn f() -> i64 {
    match ready("r", Pair { a: Tracked::new("t36"), b: Tracked::new("t37") }).await {
        Pair { a: t33, b: ref r34 } => {
            log(t33.name());
            tick("t").await;
            log(r34.name());
        }
    }
    log_i(0);
    0
}
