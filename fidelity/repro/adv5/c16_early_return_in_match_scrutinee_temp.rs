// args: 1
// return from inside a match arm while the scrutinee's temporary (borrowed) is alive, after an await in the arm.
fn f(n: i64) -> i64 {
    let _outer = Tracked::new("outer");
    match Holder::new("scrut").find(n) {
        Some(t) if t.len() > 3 => {
            tick("arm").await;
            return t.len();
        }
        Some(t) => {
            let _inner = Tracked::new("inner");
            let v = ready("v", t.len()).await;
            if v > 0 {
                return -v;
            }
        }
        None => {}
    }
    tick("end").await;
    0
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn find(&self, k: i64) -> Option<&Tracked> { if k < 2 { Some(&self.0) } else { None } }
}
