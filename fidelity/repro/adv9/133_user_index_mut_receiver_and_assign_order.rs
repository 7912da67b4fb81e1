// args: 1
// A user Index/IndexMut type that logs: `g[i].push(f().await)` (receiver place via index_mut before the argument),
// `g[i] = vec![f().await]` (value first, then index_mut) and `g[i][0] += f().await`.
fn f(k: i64) -> i64 {
    let mut g = Grid { rows: vec![vec![1], vec![2]] };
    g[0].push(ready("push", k).await);
    g[1] = vec![ready("assign", 5).await];
    g[1][0] += ready("add", 1).await;
    let n = g[0].len() as i64 + ready("len", 1).await;
    n + g[1][0]
}
pub struct Grid { rows: Vec<Vec<i64>> }
impl std::ops::Index<usize> for Grid { type Output = Vec<i64>; fn index(&self, i: usize) -> &Vec<i64> { log(format!("index {i}")); &self.rows[i] } }
impl std::ops::IndexMut<usize> for Grid { fn index_mut(&mut self, i: usize) -> &mut Vec<i64> { log(format!("index_mut {i}")); &mut self.rows[i] } }
