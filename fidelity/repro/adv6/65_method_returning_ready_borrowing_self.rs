// args:
// `self.db.query(q).await` where query is a plain method returning Weigh<'_> borrowing a field; called inside a #[co] &self method loop.
fn f() -> i64 {
    let app = App { db: Db { table: Tracked::new("users") }, queries: vec![1, 2, 3] };
    app.run().await
}
pub struct Db { table: Tracked }
impl Db { fn query(&self, n: i64) -> Weigh<'_> { weigh(&self.table, n) } }
pub struct App { db: Db, queries: Vec<i64> }
impl App {
    #[co] fn run(&self) -> i64 {
        let mut out = 0;
        for q in &self.queries {
            out += self.db.query(*q).await;
        }
        out + self.db.query(out).await
    }
}
