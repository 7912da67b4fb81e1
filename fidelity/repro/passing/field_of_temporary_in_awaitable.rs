// args:
// temp-field, refusal E0382 (program seed 12184770492965641203, shrunk): a
// field of a temporary moved into the awaitable of the statement.
fn f() -> i64 {
    let t: Tracked = ready("r1", duo("t2", "t3").1).await;
    t.len()
}
