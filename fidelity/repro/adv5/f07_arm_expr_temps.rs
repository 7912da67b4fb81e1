// args: 3
// match arms that are expressions (no braces) with temporaries and awaits; arms returning Tracked.
fn f(n: i64) -> i64 {
    let mut acc = 0;
    for i in 0..n {
        let t = match i {
            0 => Tracked::new("zero"),
            1 => ready("one", Tracked::new("one")).await,
            _ => Holder::new("tmp").pass(make(i).await),
        };
        acc += match t.len() {
            4 => Holder::new("four").len() + ready("x", 1).await,
            3 => ready("three", 3).await,
            k => k,
        };
    }
    acc
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
    pub fn pass(&self, t: Tracked) -> Tracked { t }
}
#[co] fn make(i: i64) -> Tracked {
    tick("make").await;
    Tracked::new(if i % 2 == 0 { "even" } else { "odd" })
}
