// args:
// A scope-guard type whose Drop logs "rollback" unless committed, across awaits (cancellation shows it).
fn f() -> i64 {
    let mut tx = Tx::begin("tx1");
    tx.write(ready("w1", 1).await);
    tx.write(ready("w2", 2).await);
    let n = Tx::commit(tx); // documented rewrite (limits 1, 3)
    let mut tx2 = Tx::begin("tx2");
    tx2.write(3);
    tick("before-drop").await;
    drop(tx2);
    let tx3 = Tx::begin("tx3");
    tick("held").await;
    n + tx3.ops.len() as i64
}

pub struct Tx { name: &'static str, ops: Vec<i64>, committed: bool }
impl Tx {
    pub fn begin(name: &'static str) -> Tx { log(format!("begin {name}")); Tx { name, ops: Vec::new(), committed: false } }
    pub fn write(&mut self, v: i64) { self.ops.push(v); }
    pub fn commit(mut self) -> i64 { self.committed = true; self.ops.iter().sum() }
}
impl Drop for Tx {
    fn drop(&mut self) {
        if self.committed { log(format!("end {}", self.name)) } else { log(format!("rollback {}", self.name)) }
    }
}
