// args:
// A generic cache struct with a coroutine method taking a loader closure returning an awaitable.
fn f() -> i64 {
    let mut cache: Cache<i64, Tracked> = Cache { items: Vec::new(), misses: 0 };
    let mut total = 0;
    for k in [1, 2, 1, 3, 2] {
        let v = cache.get_or_load(k, |k| ready("load", Tracked::new(if k % 2 == 0 { "even" } else { "odd" }))).await;
        total += v.len();
    }
    tick("end").await;
    total * 10 + cache.misses
}

pub struct Cache<K, V> { items: Vec<(K, V)>, misses: i64 }
impl<K: PartialEq + Copy, V> Cache<K, V> {
    #[co] fn get_or_load<F: Fn(K) -> Ready<V>>(&mut self, k: K, load: F) -> &V {
        let pos = self.items.iter().position(|(kk, _)| *kk == k);
        let i = match pos {
            Some(i) => i,
            None => {
                self.misses += 1;
                let v = load(k).await;
                self.items.push((k, v));
                self.items.len() - 1
            }
        };
        &self.items[i].1
    }
}
