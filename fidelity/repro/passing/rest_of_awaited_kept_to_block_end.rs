// args:
// temp-field, mismatch (program seed 13565086110068566446, shrunk): the rest
// of an awaited value a field is moved out of is kept to the block's end;
// async fn drops t3 at the `;`, before "after".
fn f() -> i64 {
    drop(ready("r1", duo("t2", "t3")).await.0);
    log("after");
    0
}
