// args: 2
// A panic out of an awaited operand after a temporary made in the same statement: drop order of operand vs temporary.
fn f(n: i64) -> i64 {
    let s = take2(Tracked::new("value"), Holder::new("temp").make(checked(n).await));
    s
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn make(&self, t: Tracked) -> Tracked { log(format!("make {}", self.0.name())); t }
}
#[co] fn checked(n: i64) -> Tracked {
    tick("checked").await;
    if n == 2 {
        panic!("checked {n}");
    }
    Tracked::new("ok")
}
