// args:
// Port of an asyncio producer/consumer over a shared VecDeque (Rc<RefCell>), interleaved by hand: produce a batch, consume until empty, sentinel None.
fn f() -> i64 {
    let q: Rc<RefCell<VecDeque<Option<Tracked>>>> = Rc::new(RefCell::new(VecDeque::new()));
    let mut consumed = 0;
    for batch in 0..3 {
        produce(&q, batch).await;
        loop {
            let item = q.borrow_mut().pop_front();
            match item {
                Some(Some(t)) => { consumed += ready(t.name(), t.len()).await; }
                Some(None) => { log("sentinel"); break; }
                None => break,
            }
        }
    }
    consumed
}
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
#[co] fn produce(q: &Rc<RefCell<VecDeque<Option<Tracked>>>>, batch: i64) -> () {
    for i in 0..=batch {
        tick("produce").await;
        q.borrow_mut().push_back(Some(Tracked::new(if i % 2 == 0 { "even" } else { "odd" })));
    }
    q.borrow_mut().push_back(None);
}
