// args: 1
// let-else whose scrutinee borrows a temporary and whose else awaits; return/break values with temporaries.
fn f(n: i64) -> i64 {
    let Some(k) = Holder::new("le1").find(n).map(|t| t.len()) else {
        tick("else1").await;
        return -1;
    };
    let Some(t) = Holder::new("le2").find(n + 5).map(|t| t.name()) else {
        let _e = Tracked::new("else2");
        tick("else2").await;
        return Holder::new("ret").len() + ready("r", k).await;
    };
    log(t);
    k
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
    pub fn find(&self, k: i64) -> Option<&Tracked> { if k < 3 { Some(&self.0) } else { None } }
}
