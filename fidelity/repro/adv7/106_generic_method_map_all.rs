// args:
// `impl<T> Wrapper<T>` with a generic #[co] `&self` method `map_all<U>(&self, f: impl Fn(&T) -> U) -> Vec<U>` awaiting per element.
fn f() -> i64 {
    let w = Wrapper { items: vec![Tracked::new("a"), Tracked::new("bcd")] };
    let lens = w.map_all(|t| t.name().len() as i64).await;
    let names = w.map_all(|t| t.name().to_string()).await;
    lens.iter().sum::<i64>() * 10 + names.ilen()
}
pub struct Wrapper<T> { items: Vec<T> }
impl<T> Wrapper<T> {
    #[co] fn map_all<U>(&self, f: impl Fn(&T) -> U) -> Vec<U> {
        let mut out = Vec::new();
        for it in &self.items {
            tick("map").await;
            out.push(f(it));
        }
        out
    }
}
