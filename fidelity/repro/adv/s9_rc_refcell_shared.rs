// args:
// Rc<RefCell<..>> shared between nested coroutines (an asyncio-style shared state).
fn f() -> i64 {
    use std::rc::Rc;
    use std::cell::RefCell;
    let shared = Rc::new(RefCell::new(Vec::<Tracked>::new()));
    producer(shared.clone(), 3).await;
    let n = consumer(Rc::clone(&shared)).await;
    let left = shared.borrow().len() as i64;
    n * 10 + left
}

#[co] fn producer(q: std::rc::Rc<std::cell::RefCell<Vec<Tracked>>>, n: i64) {
    for i in 0..n {
        tick("produce").await;
        q.borrow_mut().push(Tracked::new(if i % 2 == 0 { "even" } else { "odd" }));
    }
}
#[co] fn consumer(q: std::rc::Rc<std::cell::RefCell<Vec<Tracked>>>) -> i64 {
    let mut got = 0;
    loop {
        let item = q.borrow_mut().pop();
        let Some(item) = item else { break };
        tick("consume").await;
        got += item.len();
    }
    got
}
