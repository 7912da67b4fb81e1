// args:
// `impl<K: Ord + Clone, V> Index<K, V>` with a #[co] `&mut self` `get_or_load(&mut self, k: K) -> &V` (returning a reference into self after awaits).
fn f() -> i64 {
    let mut idx = Index { map: std::collections::BTreeMap::new(), loads: 0 };
    let a = idx.get_or_load(3).await.len();
    let b = idx.get_or_load(3).await.len();
    let c = idx.get_or_load(10).await.len();
    a * 100 + b * 10 + c + idx.loads
}
pub struct Index<K, V> { map: std::collections::BTreeMap<K, V>, loads: i64 }
impl<K: Ord + Clone> Index<K, Tracked> {
    #[co] fn get_or_load(&mut self, k: K) -> &Tracked {
        if !self.map.contains_key(&k) {
            let t = ready("load", Tracked::new("loaded")).await;
            self.loads += 1;
            self.map.insert(k.clone(), t);
        }
        tick("hit").await;
        &self.map[&k]
    }
}
