// args:
// A generic #[co] fn over `Option<T>` fields of a struct: `self.slot.take().map(..)` in statements with awaits (statement-level, no await in the same statement).
fn f() -> i64 {
    let mut h = Holder { slot: Some(Tracked::new("held")), count: 0 };
    let a = h.drain_one().await;
    let b = h.drain_one().await;
    a * 10 + b
}
pub struct Holder<T> { slot: Option<T>, count: i64 }
impl Holder<Tracked> {
    #[co] fn drain_one(&mut self) -> i64 {
        let n = self.slot.take().map(|t| t.len());
        tick("took").await;
        self.count += 1;
        n.unwrap_or(0) + self.slot.is_none() as i64 * 100
    }
}
