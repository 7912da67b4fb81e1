// args: 2
fn f(k: i64) -> i64 {
    let mut g = Grid(vec![vec![1i64], vec![2]]);
    g[k as usize - 1].push({ log("arg"); ready("a", k).await });
    let n = g[k as usize - 2].len() as i64 + ready("b", 1).await;
    tick("x").await;
    n + g.0[1].len() as i64
}
struct Grid(Vec<Vec<i64>>);
impl std::ops::Index<usize> for Grid { type Output = Vec<i64>; fn index(&self, i: usize) -> &Vec<i64> { log(format!("index {i}")); &self.0[i] } }
impl std::ops::IndexMut<usize> for Grid { fn index_mut(&mut self, i: usize) -> &mut Vec<i64> { log(format!("index_mut {i}")); &mut self.0[i] } }
