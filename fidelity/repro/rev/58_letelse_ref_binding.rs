// args:
// `let Some(ref t) = ready(..).await else { .. };` then awaits: the value lives to the block's end.
fn f() -> i64 {
    let Some(ref t) = ready("s", Some(Tracked::new("v"))).await else {
        tick("e").await;
        return 0;
    };
    tick("a").await;
    log("mid");
    t.len()
}
