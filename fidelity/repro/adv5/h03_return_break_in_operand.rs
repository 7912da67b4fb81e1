// args: 2
// return / break / continue inside an operand of an expression with earlier temporaries and a later await.
fn f(n: i64) -> i64 {
    let mut acc = 0;
    for i in 0..4 {
        let x = Holder::new("h").len() + if i == n { break } else if i == 1 { continue } else { ready("v", i).await };
        acc += x;
    }
    let y = Tracked::new("y").len() + if acc > 100 { return -1 } else { ready("w", acc).await };
    let z = loop {
        let t = Holder::new("lp").len() + if y > 0 { break y * 2 } else { ready("never", 0).await };
        log_i(t);
    };
    z
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
}
