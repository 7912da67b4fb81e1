// args: 2
// A cache over BTreeMap: get-or-load with early return from a match on get, entry API, eviction by key order.
fn f(k: i64) -> i64 {
    let mut cache = Cache { map: BTreeMap::new(), hits: 0, _t: Tracked::new("cache") };
    let mut sum = 0;
    for key in [1, 2, 1, k, 3, 2, 4] {
        sum += cache.get(key).await;
    }
    *cache.map.entry(99).or_insert(0) += ready("bump", 5).await;
    cache.map.entry(1).and_modify(|v| *v += 1000);
    sum + cache.hits * 1000 + cache.map.values().sum::<i64>()
}
use std::collections::BTreeMap;
pub struct Cache { map: BTreeMap<i64, i64>, hits: i64, _t: Tracked }
impl Cache {
    #[co] fn get(&mut self, key: i64) -> i64 {
        if let Some(v) = self.map.get(&key) {
            self.hits += 1;
            return *v;
        }
        let v = load(key).await;
        if self.map.len() >= 3 {
            let oldest = *self.map.keys().next().unwrap();
            log(format!("evict {oldest}"));
            self.map.remove(&oldest);
        }
        self.map.insert(key, v);
        v
    }
}
#[co] fn load(key: i64) -> i64 {
    let _t = Tracked::new("load");
    ready("load", key * key).await
}
