// args:
// A `Table` with `impl Index<&str>` and `IndexMut<&str>`; `let r = &table["b"];` held across an await, then `table["a"] += ..`.
fn f() -> i64 {
    let mut table = Table { keys: vec!["a", "b"], vals: vec![Tracked::new("va"), Tracked::new("vbb")], n: vec![1, 2] };
    let r = &table["b"];
    tick("a").await;
    let x = r.len();
    let y = ready("y", x).await;
    table.n[0] += y;
    table.vals[0] = Tracked::new("va2");
    tick("b").await;
    table["a"].len() * 100 + table.n[0]
}
pub struct Table { keys: Vec<&'static str>, vals: Vec<Tracked>, n: Vec<i64> }
impl std::ops::Index<&str> for Table { type Output = Tracked; fn index(&self, k: &str) -> &Tracked { &self.vals[self.keys.iter().position(|x| *x == k).unwrap()] } }
