// args: 2
// A bounded queue with backpressure: put waits (awaits) while full, a consumer step drains between puts.
fn f(k: i64) -> i64 {
    let q = Bounded { items: RefCell::new(VecDeque::new()), cap: k as usize, waits: Cell::new(0) };
    let mut consumed = 0;
    for i in 0..5 {
        q.put(Tracked::new("msg"), &mut consumed).await;
        if i % 2 == 1 { consumed += q.drain_one().await; }
    }
    while q.items.borrow().len() > 0 { consumed += q.drain_one().await; }
    consumed * 10 + q.waits.get()
}
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
pub struct Bounded { items: RefCell<VecDeque<Tracked>>, cap: usize, waits: Cell<i64> }
impl Bounded {
    #[co] fn put(&self, t: Tracked, consumed: &mut i64) {
        while self.items.borrow().len() >= self.cap {
            self.waits.set(self.waits.get() + 1);
            tick("full").await;
            *consumed += self.drain_one().await;
        }
        self.items.borrow_mut().push_back(t);
    }
    #[co] fn drain_one(&self) -> i64 {
        let item = self.items.borrow_mut().pop_front();
        tick("drain").await;
        item.map_or(0, |t| t.len())
    }
}
