// args: 2
fn f(k: i64) -> i64 {
    let g = Grid(vec![Tracked::new("a"), Tracked::new("b")]);
    let i = k as usize;
    let n = g[i - 1].plus(ready("a", k).await);
    tick("x").await;
    n
}
struct Grid(Vec<Tracked>);
impl std::ops::Index<usize> for Grid { type Output = Tracked; fn index(&self, i: usize) -> &Tracked { log(format!("index {i}")); &self.0[i] } }
