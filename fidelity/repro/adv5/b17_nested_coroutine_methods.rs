// args:
// Coroutine methods calling other coroutine methods on self and on fields; &self method returning a borrow.
fn f() -> i64 {
    let mut svc = Service { db: Db { rows: vec![Tracked::new("r0")] }, name: Tracked::new("svc") };
    let a = svc.handle(3).await;
    let b = svc.db.count().await;
    let name = svc.label().await;
    tick("done").await;
    a * 100 + b * 10 + name.len() as i64
}

pub struct Db { rows: Vec<Tracked> }
pub struct Service { db: Db, name: Tracked }
impl Db {
    #[co] fn insert(&mut self, t: Tracked) -> i64 {
        tick("insert").await;
        self.rows.push(t);
        self.rows.len() as i64
    }
    #[co] fn count(&self) -> i64 {
        tick("count").await;
        self.rows.len() as i64
    }
}
impl Service {
    #[co] fn handle(&mut self, n: i64) -> i64 {
        let mut last = 0;
        for _ in 0..n {
            last = self.db.insert(Tracked::new("row")).await;
        }
        last + self.db.count().await
    }
    #[co] fn label(&self) -> &str {
        tick("label").await;
        self.name.name()
    }
}
