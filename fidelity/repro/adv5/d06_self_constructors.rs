// args:
// Coroutine associated functions using Self: async constructors, Self::helper calls, returning Self.
fn f() -> i64 {
    let a = Account::open("alice").await;
    let b = Account::open("bob").await.deposit(5).await;
    let merged = Account::merge(a, b).await;
    tick("end").await;
    merged.balance + merged.owner.len()
}

pub struct Account { owner: Tracked, balance: i64 }
impl Account {
    #[co] fn open(name: &'static str) -> Self {
        tick("open").await;
        Self { owner: Tracked::new(name), balance: Self::bonus() }
    }
    fn bonus() -> i64 { 1 }
    #[co] fn deposit(mut self, n: i64) -> Self {
        self.balance += ready("dep", n).await;
        self
    }
    #[co] fn merge(a: Self, b: Self) -> Self {
        tick("merge").await;
        let Account { owner, balance } = a;
        Self { owner, balance: balance + b.balance }
    }
}
