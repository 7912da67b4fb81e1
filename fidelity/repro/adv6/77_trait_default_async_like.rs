// args:
// A trait whose methods return `Ready<T>` awaited through a generic `&impl Trait` parameter and a `&mut impl Trait` one in a #[co] fn.
fn f() -> i64 {
    let mut k = Kv { data: vec![(1, Tracked::new("one")), (2, Tracked::new("two"))] };
    let a = sync(&mut k, 3).await;
    let b = read_all(&k).await;
    a * 100 + b
}
pub trait Store { fn get(&self, k: i64) -> Ready<Option<i64>>; fn put(&mut self, k: i64, name: &'static str) -> Ready<bool>; }
pub struct Kv { data: Vec<(i64, Tracked)> }
impl Store for Kv {
    fn get(&self, k: i64) -> Ready<Option<i64>> { ready("get", self.data.iter().find(|(kk, _)| *kk == k).map(|(_, t)| t.len())) }
    fn put(&mut self, k: i64, name: &'static str) -> Ready<bool> { self.data.push((k, Tracked::new(name))); ready("put", true) }
}
#[co] fn sync(s: &mut impl Store, k: i64) -> i64 {
    if s.get(k).await.is_none() {
        let ok = s.put(k, "three").await;
        log(format!("put {ok}"));
    }
    s.get(k).await.unwrap_or(0)
}
#[co] fn read_all(s: &impl Store) -> i64 {
    let mut t = 0;
    for k in 1..=3 { t = t * 10 + s.get(k).await.unwrap_or(0); }
    t
}
