// args:
// temp-field, refusal E0382 (program seed 1224613572071848999, shrunk): a
// field of a temporary tuple as a match scrutinee, moved out by the pattern,
// an arm awaits; the same for a field moved in an operand of a scrutinee or
// a `for` head whose body awaits (`match take(duo("t1", "t2").1) { .. }`,
// `for _ in 0..small(take(pair_of("t1", "t2").b)) { tick("r").await; }`).
fn f() -> i64 {
    match (opt_trk("t1", true), Tracked::new("t2")).0 {
        Some(t) => t.len(),
        None => ready("r3", 0).await,
    }
}
