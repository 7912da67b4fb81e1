// args: 2
// A struct passed `&mut` to a chain of #[co] helpers in sequence, each returning a reference into it.
fn f(k: i64) -> i64 {
    let mut db = Db { rows: vec![Row { id: 1, tag: Tracked::new("r1") }], next: 2 };
    let r = insert(&mut db, k).await;
    let id = r.id;
    let found = find(&db, id).await.map(|r| r.tag.len()).unwrap_or(-1);
    let r2 = insert(&mut db, k * 2).await;
    r2.id += 100;
    let total: i64 = db.rows.iter().map(|r| r.id).sum();
    total * 10 + found
}
pub struct Row { id: i64, tag: Tracked }
pub struct Db { rows: Vec<Row>, next: i64 }
#[co] fn insert(db: &mut Db, v: i64) -> &mut Row {
    tick("insert").await;
    db.rows.push(Row { id: db.next + v, tag: Tracked::new("row") });
    db.next += 1;
    db.rows.last_mut().unwrap()
}
#[co] fn find(db: &Db, id: i64) -> Option<&Row> {
    tick("find").await;
    db.rows.iter().find(|r| r.id == id)
}
