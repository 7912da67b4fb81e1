// args:
// A struct with a RefCell field and #[co] &self methods: `self.cache.borrow().get(&k).copied()` in if-let with awaits inside, `self.cache.borrow_mut().insert(k, self.load(k).await)`.
fn f() -> i64 {
    let s = Store { cache: RefCell::new(BTreeMap::new()), t: Tracked::new("store") };
    let a = s.get(1).await;
    let b = s.get(1).await;
    let c = s.get(2).await;
    a * 100 + b * 10 + c
}
use std::cell::RefCell;
use std::collections::BTreeMap;
pub struct Store { cache: RefCell<BTreeMap<i64, i64>>, t: Tracked }
impl Store {
    #[co] fn load(&self, k: i64) -> i64 {
        tick("load").await;
        let free = self.cache.try_borrow_mut().is_ok();
        log(format!("load {k} free {free}"));
        k + if free { 5 } else { 0 }
    }
    #[co] fn get(&self, k: i64) -> i64 {
        if let Some(v) = self.cache.borrow().get(&k).copied() {
            let free = self.cache.try_borrow_mut().is_ok();
            tick("hit").await;
            return v + free as i64;
        }
        self.cache.borrow_mut().insert(k, self.load(k).await);
        self.cache.borrow()[&k]
    }
}
