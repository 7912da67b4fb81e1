// args:
// A trait whose default (sync) method builds inputs and whose impls are awaited through a #[co] free fn generic over the trait.
fn f() -> i64 {
    let a = Upper(Tracked::new("up"));
    let b = Count { n: 3 };
    let x = process(&a, "hello").await;
    let y = process(&b, "abc def").await;
    x * 100 + y
}
pub trait Stage {
    fn name(&self) -> &'static str;
    fn apply(&self, s: &str) -> String;
    fn weight(&self) -> i64 { self.name().len() as i64 }
}
pub struct Upper(Tracked);
pub struct Count { n: i64 }
impl Stage for Upper { fn name(&self) -> &'static str { "upper" } fn apply(&self, s: &str) -> String { s.to_uppercase() } }
impl Stage for Count { fn name(&self) -> &'static str { "count" } fn apply(&self, s: &str) -> String { s.repeat(self.n as usize) } fn weight(&self) -> i64 { self.n } }
#[co] fn process<S: Stage + ?Sized>(st: &S, input: &str) -> i64 {
    let _g = Tracked::new(st.name());
    let out = st.apply(input);
    tick("applied").await;
    let w = ready("w", st.weight()).await;
    log(format!("{} -> {}", input, out));
    out.ilen() * w
}
