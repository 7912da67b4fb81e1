// args:
// A cache-backed repository: `if let Some(v) = self.cache.get(&k)` early return, else load with await and insert; BTreeMap.
fn f() -> i64 {
    let mut repo = Repo { cache: BTreeMap::new(), loads: 0, tag: Tracked::new("repo") };
    let mut sum = 0;
    for k in [3, 1, 3, 2, 1] {
        sum += repo.get(k).await;
    }
    sum * 10 + repo.loads
}
use std::collections::BTreeMap;
pub struct Repo { cache: BTreeMap<i64, i64>, loads: i64, tag: Tracked }
impl Repo {
    #[co] fn get(&mut self, k: i64) -> i64 {
        if let Some(v) = self.cache.get(&k) {
            log(format!("hit {k}"));
            return *v;
        }
        let v = self.load(k).await;
        self.cache.insert(k, v);
        v
    }
    #[co] fn load(&mut self, k: i64) -> i64 {
        self.loads += 1;
        let t = Tracked::new("conn");
        let v = ready("db", k * k).await;
        log(format!("{} loaded {k} via {}", self.tag.name(), t.name()));
        v
    }
}
