// args:
// temp-field, refusal E0382 (program seed 7871944269161302231, reduced): a
// field of a temporary moved out as an argument before a later argument
// that awaits; the same with the field only borrowed
// (`duo("t1", "t2").1.plus(ready("r3", 6).await)`,
// `consume(&duo("t1", "t2").0, ready("r3", 3).await)`).
fn f() -> i64 {
    take2(duo("t1", "t2").1, ready("r3", Tracked::new("t4")).await)
}
