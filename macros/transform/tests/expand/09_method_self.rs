struct Account {
    balance: u64,
}

impl Account {
    #[coro::coroutine]
    pub fn deposit(&mut self, amount: u64) -> u64 {
        let fee = fee_for(amount).await;
        self.balance += amount - fee;
        self.balance
    }
}
