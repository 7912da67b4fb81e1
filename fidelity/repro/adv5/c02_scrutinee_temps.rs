// args: 2
// Scrutinee temporaries of match / if let / while let that borrow, with awaits in arms and else branches.
fn f(n: i64) -> i64 {
    let mut total = 0;
    match Holder::new("m").get() {
        Some(t) => {
            tick("arm").await;
            total += t.len();
        }
        None => {}
    }
    if let Some(t) = Holder::new("iflet").find(n) {
        total += ready("then", t.len()).await;
    } else {
        let _e = Tracked::new("else");
        tick("else").await;
    }
    let mut i = 0;
    while let Some(t) = Holder::new("wl").find(i) {
        tick("loop").await;
        total += t.len();
        i += 1;
    }
    total
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn get(&self) -> Option<&Tracked> { Some(&self.0) }
    pub fn find(&self, k: i64) -> Option<&Tracked> { if k < 2 { Some(&self.0) } else { None } }
}
