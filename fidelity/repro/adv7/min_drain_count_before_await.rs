// args:
// MIN (refusal): a `Drain` consumed by `count()`/`sum()` as an operand before an `.await` of the same statement:
// E0505 "cannot move out of `v` because it is borrowed" (the borrow of `v` outlives the statement in the machine).
// `v.iter_mut().count() + ..await` and `let n = v.drain(..1).count();` followed by an `.await` pass.
// Found while probing min_option_take_map_before_await.rs (`v.drain(..1).count() as i64 + ready(..).await`).
fn f() -> i64 {
    let mut v = vec![1i64, 2, 3];
    let n = v.drain(..1).count() as i64 + ready("mid", 10).await;
    n
}
