// args:
// An LRU cache with VecDeque order + BTreeMap store; get/put coroutine methods evicting Tracked values.
fn f() -> i64 {
    let mut lru = Lru::new(2);
    lru.put(1, Tracked::new("one")).await;
    lru.put(2, Tracked::new("two")).await;
    let a = lru.get(1).await.map(|t| t.len()).unwrap_or(0);
    lru.put(3, Tracked::new("three")).await;
    let b = lru.get(2).await.map(|t| t.len()).unwrap_or(-1);
    let c = lru.get(3).await.map(|t| t.len()).unwrap_or(-1);
    a * 100 + b * 10 + c
}

pub struct Lru { cap: usize, order: std::collections::VecDeque<i64>, store: std::collections::BTreeMap<i64, Tracked> }
impl Lru {
    pub fn new(cap: usize) -> Lru { Lru { cap, order: Default::default(), store: Default::default() } }
    #[co] fn get(&mut self, k: i64) -> Option<&Tracked> {
        tick("get").await;
        if self.store.contains_key(&k) {
            self.order.retain(|x| *x != k);
            self.order.push_back(k);
        }
        self.store.get(&k)
    }
    #[co] fn put(&mut self, k: i64, v: Tracked) {
        if self.store.len() >= self.cap {
            if let Some(old) = self.order.pop_front() {
                let evicted = self.store.remove(&old);
                tick("evict").await;
                drop(evicted);
            }
        }
        self.order.push_back(k);
        self.store.insert(k, v);
    }
}
