// args: 2
// A user smart pointer (Deref/DerefMut to a Vec<Tracked>) used through auto-deref method calls and explicit `*`
// around awaits; its Drop logs.
fn f(k: i64) -> i64 {
    let mut sp = Sp { inner: vec![Tracked::new("a")], _tag: Tracked::new("sp") };
    sp.push(ready("push", Tracked::new("b")).await);
    let n = sp.len() as i64 + ready("n", k).await;
    (*sp).push(Tracked::new("c"));
    let first = sp.first().map(|t| t.len()).unwrap_or(0);
    tick("t").await;
    n * 10 + first + sp.iter().map(|t| t.len()).sum::<i64>()
}
pub struct Sp { inner: Vec<Tracked>, _tag: Tracked }
impl std::ops::Deref for Sp { type Target = Vec<Tracked>; fn deref(&self) -> &Vec<Tracked> { log("deref"); &self.inner } }
impl std::ops::DerefMut for Sp { fn deref_mut(&mut self) -> &mut Vec<Tracked> { log("deref_mut"); &mut self.inner } }
