// args:
// An event loop: Vec<Event> enum processed with match + awaits, handlers stored in a BTreeMap<&str, fn(i64) -> i64>, unknown events collected.
fn f() -> i64 {
    let mut handlers: BTreeMap<&'static str, fn(i64) -> i64> = BTreeMap::new();
    handlers.insert("double", |x| x * 2);
    handlers.insert("inc", |x| x + 1);
    let events = vec![Event::Call("inc", 1), Event::Data(Tracked::new("payload")), Event::Call("double", 4), Event::Call("nope", 0), Event::Stop];
    let mut acc = 0;
    let mut unknown = Vec::new();
    for ev in events {
        match ev {
            Event::Call(name, arg) => match handlers.get(name) {
                Some(h) => acc += h(ready(name, arg).await),
                None => { unknown.push(name); tick("unknown").await; }
            },
            Event::Data(t) => { acc += ready("data", t.len()).await; }
            Event::Stop => break,
        }
    }
    acc * 10 + unknown.len() as i64
}
use std::collections::BTreeMap;
pub enum Event { Call(&'static str, i64), Data(Tracked), Stop }
