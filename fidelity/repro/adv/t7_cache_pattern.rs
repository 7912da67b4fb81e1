// args:
// The cache pattern: return a cloned hit early, else load (await) and insert.
fn f() -> i64 {
    let mut c = Cache { map: Default::default(), loads: 0 };
    let a = c.get_or_load("k1").await;
    let b = c.get_or_load("k1").await;
    let d = c.get_or_load("k22").await;
    a.len() as i64 + b.len() as i64 + d.len() as i64 + c.loads
}

pub struct Cache {
    map: std::collections::BTreeMap<String, String>,
    loads: i64,
}
impl Cache {
    #[co] fn get_or_load(&mut self, k: &str) -> String {
        if let Some(v) = self.map.get(k) {
            return v.clone();
        }
        let _span = Tracked::new("load");
        let v = ready("load", format!("value-of-{k}")).await;
        self.loads += 1;
        self.map.insert(k.to_string(), v.clone());
        v
    }
}
