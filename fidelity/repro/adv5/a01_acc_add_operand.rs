// args:
// An accumulator type with Add<i64>: `acc = acc + fetch().await` moves acc into the operand before the await.
fn f() -> i64 {
    let mut acc = Acc(Tracked::new("acc0"), 0);
    for i in 0..3 {
        acc = acc + ready("step", i).await;
        log(format!("acc {}", acc.1));
    }
    let side = Tracked::new("side");
    acc = Acc(Tracked::new("acc1"), acc.1) + ready("last", side.len()).await;
    acc.1
}

pub struct Acc(pub Tracked, pub i64);
impl std::ops::Add<i64> for Acc {
    type Output = Acc;
    fn add(self, n: i64) -> Acc {
        log(format!("add {} {n}", (self.0).0));
        Acc(self.0, self.1 + n)
    }
}
