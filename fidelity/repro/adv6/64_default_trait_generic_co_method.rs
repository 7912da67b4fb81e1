// args:
// An inherent #[co] method on a generic struct `Cache<K: Ord + Clone, V: Clone>` with BTreeMap, miss path awaiting a loader closure's Ready.
fn f() -> i64 {
    let mut c: Cache<i64, String> = Cache { map: BTreeMap::new(), misses: 0 };
    let mut total = 0;
    for k in [1, 2, 1, 3, 2] {
        let v = c.get_or(k, |k| ready("load", format!("v{k}"))).await;
        total += v.len() as i64;
    }
    total * 10 + c.misses
}
use std::collections::BTreeMap;
pub struct Cache<K: Ord + Clone, V: Clone> { map: BTreeMap<K, V>, misses: i64 }
impl<K: Ord + Clone, V: Clone> Cache<K, V> {
    #[co] fn get_or<F: Fn(&K) -> Ready<V>>(&mut self, k: K, load: F) -> V {
        if let Some(v) = self.map.get(&k) { return v.clone(); }
        self.misses += 1;
        let v = load(&k).await;
        self.map.insert(k.clone(), v.clone());
        v
    }
}
