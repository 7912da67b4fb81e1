// args:
// A generic struct with a generic coroutine method (K: Ord + Clone, V: Clone).
fn f() -> i64 {
    let mut c: Memo<i64, String> = Memo { m: Default::default(), label: Tracked::new("memo") };
    let a = c.get(3, |k| format!("v{k}")).await;
    let b = c.get(3, |k| format!("w{k}")).await;
    a.len() as i64 * 10 + b.len() as i64 + c.m.len() as i64
}

pub struct Memo<K, V> {
    m: std::collections::BTreeMap<K, V>,
    label: Tracked,
}
impl<K: Ord + Clone, V: Clone> Memo<K, V> {
    #[co] fn get<F: Fn(&K) -> V>(&mut self, k: K, make: F) -> V {
        if let Some(v) = self.m.get(&k) {
            log(format!("hit {}", self.label.name()));
            return v.clone();
        }
        tick("miss").await;
        let v = make(&k);
        self.m.insert(k, v.clone());
        v
    }
}
