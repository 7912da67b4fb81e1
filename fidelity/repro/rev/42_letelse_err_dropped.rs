// args:
// `let Ok(n) = ready(.., res_trk(..)).await else { .await; return }`: the Err(Tracked) value is dropped before the else runs.
fn f() -> i64 {
    let g = Tracked::new("g");
    let Ok(n) = ready("s", res_trk(-1, "err")).await else {
        log("else");
        tick("b").await;
        return g.len();
    };
    tick("a").await;
    n
}
