// args:
// An LRU cache struct (VecDeque order + BTreeMap values of Tracked) with a #[co] `get_or_load(&mut self, k)` that awaits on miss and evicts.
fn f() -> i64 {
    let mut c = Lru { cap: 2, order: Default::default(), vals: Default::default(), loads: 0 };
    let mut out = 0;
    for k in [1, 2, 1, 3, 2, 1] {
        out = out * 10 + c.get_or_load(k).await;
    }
    out * 10 + c.loads
}
pub struct Lru { cap: usize, order: std::collections::VecDeque<i64>, vals: std::collections::BTreeMap<i64, Tracked>, loads: i64 }
impl Lru {
    #[co] fn get_or_load(&mut self, k: i64) -> i64 {
        if let Some(t) = self.vals.get(&k) {
            let n = t.len();
            self.order.retain(|x| *x != k);
            self.order.push_back(k);
            return n;
        }
        let t = ready("load", Tracked::new(if k % 2 == 0 { "ev" } else { "odd" })).await;
        self.loads += 1;
        if self.order.len() == self.cap {
            let old = self.order.pop_front().unwrap();
            let gone = self.vals.remove(&old);
            tick("evict").await;
            drop(gone);
        }
        let n = t.len();
        self.vals.insert(k, t);
        self.order.push_back(k);
        n
    }
}
