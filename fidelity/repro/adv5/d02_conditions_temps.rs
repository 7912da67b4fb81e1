// args: 3
// if/while conditions with temporaries compared to awaited values; && / || short-circuit with awaits.
fn f(n: i64) -> i64 {
    let mut i = 0;
    let mut hits = 0;
    while Holder::new("wcond").len() + i < ready("lim", n + 5).await {
        i += 1;
        if Holder::new("c1").len() > 2 && ready("and", i).await % 2 == 0 {
            hits += 1;
        } else if i == 1 || Holder::new("c2").len() == ready("or", 2).await {
            hits += 10;
        }
    }
    let flag = Holder::new("f1").len() > 0 || ready("never", true).await;
    let flag2 = Holder::new("f2").len() < 0 && ready("never2", true).await;
    hits * 100 + i + flag as i64 + flag2 as i64
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
}
