// args: 3
// asyncio producer/consumer over a shared Rc<RefCell<VecDeque>> queue; items are Tracked; consumer stops on a sentinel.
fn f(k: i64) -> i64 {
    let q: Rc<RefCell<VecDeque<Item>>> = Rc::new(RefCell::new(VecDeque::new()));
    let mut total = 0;
    for round in 0..2 {
        produce(q.clone(), k + round).await;
        total += consume_all(&q).await;
    }
    total * 10 + q.borrow().len() as i64
}
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
pub struct Item { n: i64, _t: Tracked }
#[co] fn produce(q: Rc<RefCell<VecDeque<Item>>>, n: i64) {
    for i in 0..n {
        let it = Item { n: i, _t: Tracked::new("item") };
        tick("put").await;
        q.borrow_mut().push_back(it);
    }
    q.borrow_mut().push_back(Item { n: -1, _t: Tracked::new("sentinel") });
}
#[co] fn consume_all(q: &RefCell<VecDeque<Item>>) -> i64 {
    let mut sum = 0;
    loop {
        let next = q.borrow_mut().pop_front();
        match next {
            Some(Item { n: -1, .. }) => break,
            Some(it) => {
                sum += ready("work", it.n).await;
                log(format!("done {}", it.n));
            }
            None => tick("empty").await,
        }
    }
    sum
}
