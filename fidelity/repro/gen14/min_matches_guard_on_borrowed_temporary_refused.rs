// args:
// MIN (refusal, NEW): `matches!` on a reference to a temporary (or a temporary's
// `.as_ref()`) whose guard awaits:
// `matches!(&opt_trk("tmp", true), Some(x) if x.len() > ready("r", 3).await)`.
// coro: error[E0505]: cannot move out of value because it is borrowed (in the state enum,
// `Local<'_, &'1 Option<Tracked>>` beside `guard_binding::Shared..`; at the attribute, line 2);
// async fn: compiles, runs. The same on a binding (`matches!(&o, Some(x) if ..)`) and the
// written-out `match &opt_trk(..) { Some(x) if x.len() > f().await => true, _ => false }`
// pass. Likely transform file: macros/transform/src/guarded_matches.rs (the `matches!` that
// is now written as its `match` does not keep the scrutinee's temporary as the `match`
// statement does; the guard's binding borrows it while it is moved into a home).
// Generator: --classes ci,format-await-arg,matches-guard-temp (class `matches-guard-temp`).
fn f() -> i64 {
    log_i(i64::from(matches!(&opt_trk("tmp", true), Some(x) if x.len() > ready("r", 3).await)));
    0
}
