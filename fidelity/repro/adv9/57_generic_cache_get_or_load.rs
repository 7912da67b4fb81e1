// args: 2
// A generic cache struct with a #[co] `get_or_load(&mut self, k)` returning `&V` after awaiting a loader.
fn f(k: i64) -> i64 {
    let mut c: Cache<i64, Tracked> = Cache { entries: Vec::new(), loads: 0 };
    let a = c.get_or_load(k, "one").await.len();
    let b = c.get_or_load(k, "two").await.len();
    let d = c.get_or_load(k + 1, "three").await.len();
    a * 100 + b * 10 + d + c.loads
}
pub struct Cache<K, V> { entries: Vec<(K, V)>, loads: i64 }
impl<K: PartialEq + Copy> Cache<K, Tracked> {
    #[co] fn get_or_load(&mut self, key: K, name: &'static str) -> &Tracked {
        if let Some(i) = self.entries.iter().position(|(kk, _)| *kk == key) {
            return &self.entries[i].1;
        }
        let v = ready("load", Tracked::new(name)).await;
        self.loads += 1;
        self.entries.push((key, v));
        &self.entries.last().unwrap().1
    }
}
