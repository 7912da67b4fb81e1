// args: 1
// return expressions with temporaries and awaits; value built before locals drop; break-with-value temporaries.
fn f(n: i64) -> i64 {
    let _a = Tracked::new("a");
    if n == 1 {
        let _b = Tracked::new("b");
        return Holder::new("ret-tmp").len() + ready("ret", 5).await;
    }
    let v = 'blk: {
        let _c = Tracked::new("c");
        if n == 2 {
            break 'blk Holder::new("brk-tmp").len() + ready("brk", 7).await;
        }
        0
    };
    v
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn len(&self) -> i64 { self.0.len() }
}
