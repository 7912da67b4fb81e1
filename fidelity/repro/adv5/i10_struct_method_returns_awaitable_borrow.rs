// args:
// A &self method returning an awaitable that borrows self (Weigh), awaited on a local and through a field.
fn f() -> i64 {
    let s = Scale { t: Tracked::new("scale"), k: 2 };
    let a = s.measure(1).await;
    let holder = Holder2 { inner: Scale { t: Tracked::new("inner"), k: 3 } };
    let b = holder.inner.measure(2).await;
    tick("end").await;
    a + b + s.k
}

pub struct Scale { t: Tracked, k: i64 }
pub struct Holder2 { inner: Scale }
impl Scale {
    pub fn measure(&self, n: i64) -> Weigh<'_> { weigh(&self.t, n * self.k) }
}
