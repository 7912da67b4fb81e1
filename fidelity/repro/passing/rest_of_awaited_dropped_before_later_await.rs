// args:
// temp-field, mismatch (from program seed 4988284718532934513, reduced by
// hand): the field is moved out by a method taking `self`; the coroutine
// drops the rest (t2) before the statement's later `.await` (r4), async fn
// at the `;` after it.
fn f() -> i64 {
    let n: i64 = ready("r1", duo("t2", "t3")).await.1.into_name().ilen() + ready("r4", 1).await;
    log("after");
    n
}
