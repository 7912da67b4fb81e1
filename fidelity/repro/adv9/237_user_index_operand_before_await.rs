// args: 1
// A user Index impl (logging) read by value as an operand before a later await: `g[i] + f().await` (Output: Copy),
// and a field through a user Deref written `(&w).n` (plain `w.n` is min_field_through_deref_split_refused.rs).
fn f(k: i64) -> i64 {
    let g = Grid2 { cells: vec![10, 20] };
    let w = Wrap2 { inner: Cell2 { n: 5 } };
    let a = g[k as usize] + ready("a", 1).await;
    let b = (&w).n + ready("b", 2).await;
    a + b
}
pub struct Grid2 { cells: Vec<i64> }
impl std::ops::Index<usize> for Grid2 { type Output = i64; fn index(&self, i: usize) -> &i64 { log(format!("index {i}")); &self.cells[i] } }
pub struct Cell2 { n: i64 }
pub struct Wrap2 { inner: Cell2 }
impl std::ops::Deref for Wrap2 { type Target = Cell2; fn deref(&self) -> &Cell2 { log("deref"); &self.inner } }
