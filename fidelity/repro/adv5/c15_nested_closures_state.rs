// args:
// A small event system: handlers in a BTreeMap keyed by name, dispatch loop with awaits, Rc<RefCell> counters.
fn f() -> i64 {
    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use std::rc::Rc;
    let hits = Rc::new(RefCell::new(0i64));
    let mut handlers: BTreeMap<&str, Box<dyn Fn(i64) -> i64>> = BTreeMap::new();
    let h1 = hits.clone();
    handlers.insert("inc", Box::new(move |x| { *h1.borrow_mut() += 1; x + 1 }));
    let h2 = hits.clone();
    let tag = Tracked::new("tag");
    handlers.insert("tag", Box::new(move |x| { *h2.borrow_mut() += 10; x * tag.len() }));
    let mut acc = 1;
    for ev in ["inc", "tag", "nope", "inc"] {
        let arg = ready("ev", acc).await;
        acc = match handlers.get(ev) {
            Some(h) => h(arg),
            None => {
                tick("unknown").await;
                arg
            }
        };
    }
    handlers.remove("tag");
    tick("end").await;
    let h = *hits.borrow();
    acc * 100 + h
}
