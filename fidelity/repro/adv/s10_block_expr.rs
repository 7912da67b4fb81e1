// args: true
// Block expressions with awaits and locals, if-else as values, shadowing in loops.
fn f(c: bool) -> i64 {
    let x = {
        let g = Tracked::new("blk");
        let v = ready("v", 5).await;
        v + g.len()
    };
    let y = if c {
        let t = Tracked::new("then");
        tick("then").await;
        t.len()
    } else {
        0
    };
    let mut total = 0;
    for i in 0..3 {
        let i = i * 2;
        let i = ready("i", i).await + 1;
        total += i;
    }
    x + y + total
}
