// args:
// #[co] methods in inherent impls of two types implementing a common sync trait; a generic caller picks between them; default trait method in the mix.
fn f() -> i64 {
    let a = Disk { blocks: vec![Tracked::new("b0"), Tracked::new("b1")] };
    let b = Mem { cells: vec![4, 5, 6] };
    let x = a.read_all().await + b.read_all().await;
    let y = total(&a).await + total(&b).await;
    x * 100 + y
}
pub trait Sized2 { fn size(&self) -> i64; fn double(&self) -> i64 { self.size() * 2 } }
pub struct Disk { blocks: Vec<Tracked> }
pub struct Mem { cells: Vec<i64> }
impl Sized2 for Disk { fn size(&self) -> i64 { self.blocks.ilen() } }
impl Sized2 for Mem { fn size(&self) -> i64 { self.cells.ilen() } fn double(&self) -> i64 { 7 } }
impl Disk { #[co] fn read_all(&self) -> i64 { let mut n = 0; for b in &self.blocks { n += ready("blk", b.len()).await; } n } }
impl Mem { #[co] fn read_all(&self) -> i64 { tick("mem").await; self.cells.iter().sum() } }
#[co] fn total<T: Sized2>(s: &T) -> i64 {
    let a = ready("size", s.size()).await;
    a + s.double()
}
