// args:
// A generic struct with a where clause and trait-bound coroutine methods; PhantomData; Default.
fn f() -> i64 {
    let mut reg: Registry<Item> = Registry::default();
    reg.add(Item(Tracked::new("i1"), 3)).await;
    reg.add(Item(Tracked::new("i2"), 5)).await;
    let total = reg.total().await;
    let best = reg.best().await.map(|i| i.1).unwrap_or(0);
    total * 10 + best
}

pub trait Weighted { fn weight(&self) -> i64; }
pub struct Item(pub Tracked, pub i64);
impl Weighted for Item { fn weight(&self) -> i64 { self.1 } }
pub struct Registry<T> { items: Vec<T>, _m: std::marker::PhantomData<T> }
impl<T> Default for Registry<T> {
    fn default() -> Self { Registry { items: Vec::new(), _m: std::marker::PhantomData } }
}
impl<T> Registry<T>
where
    T: Weighted,
{
    #[co] fn add(&mut self, t: T) {
        tick("add").await;
        self.items.push(t);
    }
    #[co] fn total(&self) -> i64 {
        let mut s = 0;
        for i in &self.items {
            s += ready("w", i.weight()).await;
        }
        s
    }
    #[co] fn best(&self) -> Option<&T> {
        tick("best").await;
        self.items.iter().max_by_key(|i| i.weight())
    }
}
