// args:
// Edition 2024 tail-expression temporaries: a block tail and the function tail make Holder temporaries after awaits.
fn f() -> i64 {
    let a = Tracked::new("a");
    let x = {
        let b = Tracked::new("b");
        tick("blk").await;
        Holder::new("tail1").get().map(|t| t.len()).unwrap_or(0) + b.len()
    };
    let y = match ready("m", 1).await {
        1 => {
            let c = Tracked::new("c");
            Holder::new("tail2").get().map(|t| t.len()).unwrap_or(0) + c.len()
        }
        _ => 0,
    };
    tick("end").await;
    Holder::new("tail3").get().map(|t| t.len()).unwrap_or(0) + x + y + a.len()
}

pub struct Holder(pub Tracked);
impl Holder {
    pub fn new(n: &'static str) -> Holder { Holder(Tracked::new(n)) }
    pub fn get(&self) -> Option<&Tracked> { Some(&self.0) }
}
