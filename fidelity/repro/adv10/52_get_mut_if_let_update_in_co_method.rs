// args: 3
// `if let Some(x) = self.map.get_mut(&k) { x.v += f().await }` in a #[co] &mut self method; Option::take on a field.
fn f(k: i64) -> i64 {
    let mut reg = Registry { map: BTreeMap::new(), pending: Some(Tracked::new("pend")) };
    reg.map.insert(1, Entry { v: 1, _t: Tracked::new("e1") });
    let a = reg.bump(1, k).await;
    let b = reg.bump(2, k).await;
    let c = reg.flush().await;
    let d = reg.flush().await;
    a * 1000 + b * 100 + c * 10 + d
}
use std::collections::BTreeMap;
pub struct Entry { v: i64, _t: Tracked }
pub struct Registry { map: BTreeMap<i64, Entry>, pending: Option<Tracked> }
impl Registry {
    #[co] fn bump(&mut self, key: i64, by: i64) -> i64 {
        if let Some(e) = self.map.get_mut(&key) {
            e.v += ready("by", by).await;
            return e.v;
        }
        let e = Entry { v: ready("new", by * 2).await, _t: Tracked::new("e_new") };
        self.map.insert(key, e);
        -1
    }
    #[co] fn flush(&mut self) -> i64 {
        if let Some(t) = self.pending.take() {
            tick("flushing").await;
            return t.len();
        }
        tick("nothing").await;
        0
    }
}
