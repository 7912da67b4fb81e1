// args: 2
// Early return out of nested loops with Tracked values alive at each loop level; labelled continue.
fn f(k: i64) -> i64 {
    let outer = Tracked::new("outer");
    let mut count = 0;
    'rows: for r in 0..3 {
        let row = Tracked::new("row");
        for c in 0..3 {
            let cell = Tracked::new("cell");
            let v = ready("cell", r * 3 + c).await;
            if v == k * 2 { log("skip row"); continue 'rows; }
            if v == 7 {
                let ret = Tracked::new("ret");
                return tick("ret").await.map_or_ret(count + ret.len() + cell.len() + row.len() + outer.len());
            }
            count += 1;
        }
        tick(row.name()).await;
    }
    count
}
trait RetHelp { fn map_or_ret(self, n: i64) -> i64; }
impl RetHelp for () { fn map_or_ret(self, n: i64) -> i64 { n } }
