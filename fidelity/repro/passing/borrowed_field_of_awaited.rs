// args:
// temp-field, mismatch (program seed 7791933515641514051, reduced): a field
// of an awaited value only borrowed; the coroutine keeps what the borrowed
// field is not (t2) to the block's end and drops t3 at the `;`, so the order
// of the two drops is reversed too (in a block's tail: t3 then t2).
fn f() -> i64 {
    let n: i64 = consume(&ready("r1", pair_of("t2", "t3")).await.b, 0);
    log("after");
    n
}
