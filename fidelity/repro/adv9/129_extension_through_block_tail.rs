// args: 1
// Temporary lifetime extension through a block tail (`let r = { &make() };`) used after an await.
fn f(k: i64) -> i64 {
    let r = { &Tracked::new("blk") };
    tick("t").await;
    r.len() + k
}
