// args:
// A user macro_rules! wrapping a temporary-making expression, used beside awaits in the same statement.
fn f() -> i64 {
    macro_rules! name_len {
        ($e:expr) => { Holder::new($e).len() };
    }
    let a = name_len!("m1") + ready("x", 1).await;
    tick("t").await;
    let b = ready("y", 2).await + name_len!("m2");
    a + b
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
}
