// args: 2
// An LRU cache: BTreeMap values plus a VecDeque recency list; get moves the key to the back; eviction awaits a writeback.
fn f(k: i64) -> i64 {
    let mut c = Lru { cap: 2, map: BTreeMap::new(), order: VecDeque::new(), evicted: 0 };
    let mut n = 0;
    for key in [1, 2, 1, 3, k, 2, 4] {
        n += c.get_or_load(key).await;
    }
    n * 100 + c.evicted * 10 + c.order.len() as i64
}
use std::collections::{BTreeMap, VecDeque};
pub struct Lru { cap: usize, map: BTreeMap<i64, (i64, Tracked)>, order: VecDeque<i64>, evicted: i64 }
impl Lru {
    #[co] fn get_or_load(&mut self, key: i64) -> i64 {
        if let Some((v, _)) = self.map.get(&key) {
            let v = *v;
            self.order.retain(|&k| k != key);
            self.order.push_back(key);
            return v;
        }
        if self.map.len() == self.cap {
            let old = self.order.pop_front().unwrap();
            let (v, t) = self.map.remove(&old).unwrap();
            writeback(old, v, t).await;
            self.evicted += 1;
        }
        let v = ready("load", key * 11).await;
        self.map.insert(key, (v, Tracked::new("entry")));
        self.order.push_back(key);
        v
    }
}
#[co] fn writeback(k: i64, v: i64, t: Tracked) {
    tick(t.name()).await;
    log(format!("wb {k} {v}"));
}
