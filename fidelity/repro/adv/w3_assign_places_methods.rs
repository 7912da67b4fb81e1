// args:
// Awaits in assignment places inside methods: self.v[self.idx().await] = x; *get_mut(..) = ..
fn f() -> i64 {
    let mut b = Board { cells: vec![0; 4], cursor: 1, names: Default::default() };
    b.mark(7).await;
    b.mark(9).await;
    b.name_cell().await;
    b.cells.iter().sum::<i64>() + b.names.len() as i64
}

pub struct Board { cells: Vec<i64>, cursor: usize, names: std::collections::BTreeMap<usize, Vec<Tracked>> }
impl Board {
    #[co] fn idx(&self) -> usize {
        tick("idx").await;
        self.cursor
    }
    #[co] fn mark(&mut self, v: i64) {
        let at = self.idx().await;
        self.cells[ready("i", at).await] = v;
        self.cursor += 1;
        *self.cells.get_mut(ready("g", 0usize).await).unwrap() += v;
    }
    #[co] fn name_cell(&mut self) {
        self.names.entry(ready("k", 2usize).await).or_default().push(Tracked::new("nm"));
        let c = self.cursor;
        self.names.entry(c).or_default().push(ready("v", Tracked::new("v")).await);
    }
}
