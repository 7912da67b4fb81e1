// args: 1
// A user Index/IndexMut grid indexed by awaited tuples; compound assignment on the indexed place.
fn f(k: i64) -> i64 {
    let mut g = Grid { cells: vec![0; 9], _t: Tracked::new("grid") };
    g[(1, 1)] = ready("set", 5).await;
    let v = g[(ready("r", 1).await, 1)];
    g[(0, k as usize)] += ready("add", 7).await;
    let s = g[(0, 0)] + g[(ready("r2", 0).await, 1)];
    v * 100 + s + g.cells.iter().sum::<i64>()
}
pub struct Grid { cells: Vec<i64>, _t: Tracked }
impl std::ops::Index<(usize, usize)> for Grid { type Output = i64; fn index(&self, (r, c): (usize, usize)) -> &i64 { log(format!("index {r} {c}")); &self.cells[r * 3 + c] } }
impl std::ops::IndexMut<(usize, usize)> for Grid { fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 { log(format!("index_mut {r} {c}")); &mut self.cells[r * 3 + c] } }
