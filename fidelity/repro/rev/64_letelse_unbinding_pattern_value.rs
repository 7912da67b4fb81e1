// args:
// `let Some(_) = ready(.., Some(Tracked)).await else { .. };` binds nothing: the value is dropped at the let's end.
fn f() -> i64 {
    let Some(_) = ready("s", Some(Tracked::new("v"))).await else {
        tick("e").await;
        return 0;
    };
    log("after let");
    tick("a").await;
    1
}
