// args: 2
// Generic #[co] fns with where clauses, Default, Clone, and a generic struct with #[co] methods.
fn f(k: i64) -> i64 {
    let mut st: Stack<Tracked> = Stack { items: Vec::new() };
    st.push_slow(Tracked::new("x")).await;
    st.push_slow(Tracked::new("y")).await;
    let top = st.pop_slow().await;
    let d: Vec<i64> = fill_default(k as usize).await;
    let c = twice(String::from("ab")).await;
    let m = largest(&[3, k * 5, 1]).await;
    top.map_or(0, |t| t.len()) * 1000 + d.len() as i64 * 100 + c.len() as i64 * 10 + m + st.items.len() as i64
}
pub struct Stack<T> { items: Vec<T> }
impl<T> Stack<T> {
    #[co] fn push_slow(&mut self, t: T) { tick("push").await; self.items.push(t); }
    #[co] fn pop_slow(&mut self) -> Option<T> { let v = self.items.pop(); tick("pop").await; v }
}
#[co] fn fill_default<T>(n: usize) -> Vec<T> where T: Default + Clone {
    tick("fill").await;
    vec![T::default(); n]
}
#[co] fn twice<T: Clone + std::fmt::Debug>(t: T) -> (T, T) {
    let c = t.clone();
    tick("twice").await;
    (t, c)
}
trait Len2 { fn len(&self) -> usize; }
impl<T> Len2 for (T, T) { fn len(&self) -> usize { 2 } }
#[co] fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs { tick("cmp").await; if x > m { m = x; } }
    m
}
