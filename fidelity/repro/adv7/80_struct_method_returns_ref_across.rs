// args:
// A #[co] `&self` method returning `&str` borrowed from self, held across another `&self` #[co] method call on the same struct.
fn f() -> i64 {
    let reg = Registry { names: vec![String::from("alpha"), String::from("beta")], _t: Tracked::new("reg") };
    let a = reg.name_at(0).await;
    let b = reg.name_at(1).await;
    let c = reg.count_prefix(&a[..1]).await;
    log(format!("{a} {b}"));
    a.ilen() * 100 + b.ilen() * 10 + c
}
pub struct Registry { names: Vec<String>, _t: Tracked }
impl Registry {
    #[co] fn name_at(&self, i: usize) -> &str {
        tick("lookup").await;
        self.names.get(i).map(|s| s.as_str()).unwrap_or("")
    }
    #[co] fn count_prefix(&self, p: &str) -> i64 {
        let mut n = 0;
        for s in &self.names {
            if ready("cmp", s.starts_with(p)).await { n += 1; }
        }
        n
    }
}
