// args:
// A #[co] method with its own generic parameter and `impl Into<String>` / `impl IntoIterator` args on a struct holding Tracked.
fn f() -> i64 {
    let mut r = Registry { names: Vec::new(), _g: Tracked::new("reg") };
    r.add_all(vec!["a", "bb"]).await;
    r.add_all(["ccc"]).await;
    let n = r.find("bb").await;
    n * 10 + r.names.ilen()
}
pub struct Registry { names: Vec<String>, _g: Tracked }
impl Registry {
    #[co] fn add_all<I: IntoIterator<Item = S>, S: Into<String>>(&mut self, items: I) {
        for s in items {
            let s: String = s.into();
            tick("add").await;
            self.names.push(s);
        }
    }
    #[co] fn find(&self, key: &str) -> i64 {
        tick("find").await;
        self.names.iter().position(|n| n == key).map_or(-1, |p| p as i64)
    }
}
