// args:
// `impl<T: Display + Clone> Cache<T>` with #[co] methods on `&self` and `&mut self` that await between reads/writes of a Vec<T>.
fn f() -> i64 {
    let mut c = Cache { items: Vec::new(), hits: 0, _g: Tracked::new("cache") };
    c.put(String::from("alpha")).await;
    c.put(String::from("be")).await;
    let a = c.get_len(0).await;
    let b = c.get_len(5).await;
    let mut ci = Cache { items: vec![7i64], hits: 0, _g: Tracked::new("ci") };
    ci.put(42).await;
    a * 100 + b * 10 + c.hits + ci.get_len(1).await
}
pub struct Cache<T> { items: Vec<T>, hits: i64, _g: Tracked }
impl<T: std::fmt::Display + Clone> Cache<T> {
    #[co] fn put(&mut self, v: T) {
        tick("put").await;
        log(format!("put {v}"));
        self.items.push(v);
    }
    #[co] fn get_len(&self, i: usize) -> i64 {
        let item = self.items.get(i).cloned();
        tick("get").await;
        match item {
            Some(v) => ready("len", v.to_string().ilen()).await,
            None => -1,
        }
    }
}
