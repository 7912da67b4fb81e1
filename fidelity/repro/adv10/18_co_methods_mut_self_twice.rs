// args: 2
// #[co] methods on &mut self called repeatedly, with fields borrowed; a &self method; results combined.
fn f(k: i64) -> i64 {
    let mut acct = Account { bal: 10, hist: Vec::new(), owner: Tracked::new("owner") };
    let a = acct.deposit(k * 5).await;
    let b = acct.deposit(ready("amt", 3).await).await;
    let w = acct.withdraw(100).await;
    let w2 = acct.withdraw(4).await;
    let s = acct.summary().await;
    a + b + w.unwrap_or(-1) * 100 + w2.unwrap_or(-1) * 1000 + s
}
pub struct Account { bal: i64, hist: Vec<Tracked>, owner: Tracked }
impl Account {
    #[co] fn deposit(&mut self, n: i64) -> i64 {
        let entry = Tracked::new("dep");
        tick("dep").await;
        self.bal += n;
        self.hist.push(entry);
        self.bal
    }
    #[co] fn withdraw(&mut self, n: i64) -> Option<i64> {
        if self.bal < n { tick("nsf").await; return None; }
        let b = &mut self.bal;
        tick("wd").await;
        *b -= n;
        self.hist.push(Tracked::new("wd"));
        Some(self.bal)
    }
    #[co] fn summary(&self) -> i64 {
        let n = self.hist.len() as i64;
        tick(self.owner.name()).await;
        n * 10000 + self.bal
    }
}
