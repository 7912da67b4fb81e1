// args:
// Event dispatcher: BTreeMap<&str, Vec<Box<dyn Fn(i64) -> i64>>> of handlers; events dispatched with an await per handler.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let tag = Tracked::new("tag");
    let mut handlers: BTreeMap<&str, Vec<Box<dyn Fn(i64) -> i64 + '_>>> = BTreeMap::new();
    handlers.entry("click").or_default().push(Box::new(|x| x + 1));
    handlers.entry("click").or_default().push(Box::new(|x| x * tag.len()));
    handlers.entry("key").or_default().push(Box::new(move |x| x - 1));
    let mut out = 0;
    for (ev, arg) in [("click", 2), ("key", 5), ("none", 9)] {
        if let Some(hs) = handlers.get(ev) {
            for h in hs {
                out = out * 10 + ready(ev, h(arg)).await;
            }
        } else {
            tick("unhandled").await;
        }
    }
    out
}
