// args:
// format!/println!/assert! with a temporary-making argument beside an awaited one.
fn f() -> i64 {
    let s = format!("{}-{}", Holder::new("fmt").len(), ready("x", 1).await);
    log(s.clone());
    let t = format!("{a}/{b}", b = ready("y", 2).await, a = Holder::new("named").len());
    println!("{} {}", Holder::new("print").len(), ready("z", 3).await);
    assert!(Holder::new("assert").len() > ready("w", 0).await, "{}", s);
    let u = format!("{:?}", (Holder::new("tuple").len(), ready("v", 4).await));
    (s.len() + t.len() + u.len()) as i64
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
}
