// args: 1
// Edition 2024 tail-expression temporaries drop before the block's locals: a RefCell borrow in a block tail.
fn f(k: i64) -> i64 {
    let c = RefCell::new(Tracked::new("cell"));
    let n = {
        let _l = Tracked::new("local");
        tick("in").await;
        c.borrow().len() + k
    };
    let m = {
        let g = Tracked::new("g2");
        ready("x", g.len()).await;
        Tracked::new("tail").len()
    };
    *c.borrow_mut() = Tracked::new("new");
    n + m + c.borrow().len()
}
use std::cell::RefCell;
