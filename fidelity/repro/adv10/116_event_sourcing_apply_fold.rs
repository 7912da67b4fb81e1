// args: 2
// Event sourcing: events fetched with awaits, applied to an aggregate with `&mut self` methods, snapshot taken with mem::replace.
fn f(k: i64) -> i64 {
    let mut agg = Cart { items: BTreeMap::new(), version: 0 };
    let mut snaps = Vec::new();
    for seq in 0..k + 3 {
        let ev = fetch_event(seq).await;
        agg.apply(&ev);
        if agg.version % 2 == 0 {
            let snap = std::mem::replace(&mut agg.items, BTreeMap::new());
            tick("snap").await;
            agg.items = snap.clone();
            snaps.push(snap);
        }
    }
    agg.items.values().sum::<i64>() * 100 + snaps.len() as i64 * 10 + agg.version
}
use std::collections::BTreeMap;
pub enum CartEv { Add(&'static str, i64), Remove(&'static str), Clear }
pub struct Cart { items: BTreeMap<&'static str, i64>, version: i64 }
impl Cart {
    fn apply(&mut self, e: &CartEv) {
        self.version += 1;
        match e {
            CartEv::Add(n, q) => *self.items.entry(n).or_insert(0) += q,
            CartEv::Remove(n) => { self.items.remove(n); }
            CartEv::Clear => self.items.clear(),
        }
    }
}
#[co] fn fetch_event(seq: i64) -> CartEv {
    let _t = Tracked::new("ev");
    match ready("ev", seq % 4).await { 0 => CartEv::Add("apple", 2), 1 => CartEv::Add("pear", 1), 2 => CartEv::Remove("apple"), _ => CartEv::Clear }
}
