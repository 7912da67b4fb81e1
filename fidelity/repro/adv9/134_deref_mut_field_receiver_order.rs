// args: 1
// A field reached through a user DerefMut as a method receiver with an awaited argument (`w.items.push(f().await)`)
// and through a MutexGuard binding (`guard.push(f().await)`).
fn f(k: i64) -> i64 {
    let mut w = Wrapper { inner: Inner { items: vec![] } };
    w.items.push(ready("a", k).await);
    let m = std::sync::Mutex::new(vec![0i64]);
    {
        let mut guard = m.lock().unwrap();
        guard.push(ready("b", 2).await);
    }
    w.items.len() as i64 + m.lock().unwrap().len() as i64
}
pub struct Inner { items: Vec<i64> }
pub struct Wrapper { inner: Inner }
impl std::ops::Deref for Wrapper { type Target = Inner; fn deref(&self) -> &Inner { log("deref"); &self.inner } }
impl std::ops::DerefMut for Wrapper { fn deref_mut(&mut self) -> &mut Inner { log("deref_mut"); &mut self.inner } }
