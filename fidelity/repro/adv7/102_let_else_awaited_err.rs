// args:
// `let Ok(v) = ready(.., res_trk(..)).await else { .. }` whose scrutinee is an `Err(Tracked)`: drop relative to the else block.
fn f() -> i64 {
    let Ok(a) = ready("a", res_trk(2, "fine")).await else { return -1 };
    let Ok(b) = ready("b", res_trk(3, "bad")).await else {
        log("in else");
        return a * 10;
    };
    a + b
}
