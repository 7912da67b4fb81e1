// args: 2
// A bank transfer with an error enum, `?` on helper results, accounts in a Vec accessed by index and `get_mut`.
fn f(k: i64) -> i64 {
    let mut bank = Bank { accts: vec![Acct { id: 1, bal: 100, _t: Tracked::new("a1") }, Acct { id: 2, bal: 5, _t: Tracked::new("a2") }] };
    let mut log_codes = Vec::new();
    for (from, to, amt) in [(1, 2, 30 * k), (2, 1, 500), (3, 1, 1), (1, 2, 10)] {
        match bank.transfer(from, to, amt).await {
            Ok(b) => log_codes.push(b),
            Err(TxError::Insufficient { need, have }) => log_codes.push(-(need - have)),
            Err(TxError::NoAccount(id)) => log_codes.push(-1000 * id),
        }
    }
    log_codes.iter().sum::<i64>() + bank.accts.iter().map(|a| a.bal).sum::<i64>()
}
pub struct Acct { id: i64, bal: i64, _t: Tracked }
pub struct Bank { accts: Vec<Acct> }
pub enum TxError { Insufficient { need: i64, have: i64 }, NoAccount(i64) }
impl Bank {
    fn find(&mut self, id: i64) -> Result<&mut Acct, TxError> {
        self.accts.iter_mut().find(|a| a.id == id).ok_or(TxError::NoAccount(id))
    }
    #[co] fn transfer(&mut self, from: i64, to: i64, amt: i64) -> Result<i64, TxError> {
        let _lock = Tracked::new("lock");
        let have = self.find(from)?.bal;
        if have < amt { return Err(TxError::Insufficient { need: amt, have }); }
        tick("debit").await;
        self.find(to)?;
        self.find(from)?.bal -= amt;
        tick("credit").await;
        self.find(to)?.bal += amt;
        Ok(self.find(to)?.bal)
    }
}
