// args: 2
// matches! with guards and awaited scrutinees; assert_eq! with awaited operands.
fn f(n: i64) -> i64 {
    let a = matches!(fetch(n).await, Some(ref t) if t.len() > 2);
    let b = matches!(ready("k", n).await, 1..=3);
    assert_eq!(ready("eq", n * 2).await, n + n, "doubling {}", n);
    assert_ne!(fetch(n).await.map(|t| t.len()), Some(0));
    let c = matches!(Holder::new("mh").get(), Some(t) if t.len() == 2);
    a as i64 + b as i64 * 10 + c as i64 * 100
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn get(&self) -> Option<&Tracked> { Some(&self.0) }
}
#[co] fn fetch(n: i64) -> Option<Tracked> {
    tick("fetch").await;
    if n > 0 { Some(Tracked::new("fetched")) } else { None }
}
