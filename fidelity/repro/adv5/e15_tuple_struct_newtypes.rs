// args:
// Newtype wrappers with Deref, From/Into conversions, and tuple-struct destructuring across awaits.
fn f() -> i64 {
    let id: UserId = ready("id", 42).await.into();
    let name = Name(Tracked::new("bob"));
    let Name(inner) = name;
    tick("destructured").await;
    let UserId(raw) = id;
    let wrapped = Wrapper(vec![Tracked::new("w1"), Tracked::new("w2")]);
    let n = wrapped.len() as i64 + ready("w", wrapped.iter().map(|t| t.len()).sum::<i64>()).await;
    raw + inner.len() + n
}

pub struct UserId(pub i64);
impl From<i64> for UserId { fn from(n: i64) -> Self { UserId(n) } }
pub struct Name(pub Tracked);
pub struct Wrapper(pub Vec<Tracked>);
impl std::ops::Deref for Wrapper {
    type Target = Vec<Tracked>;
    fn deref(&self) -> &Vec<Tracked> { &self.0 }
}
