// args: 1
// let-else with temporaries in the initialiser (a RefCell guard) and one-line else blocks.
fn f(k: usize) -> i64 {
    use std::cell::RefCell;
    let cell = RefCell::new(vec![Tracked::new("a"), Tracked::new("bb")]);
    let Some(n) = cell.borrow().get(k).map(|t| t.len()) else { return -1 };
    tick("a").await;
    cell.borrow_mut().push(Tracked::new("c"));
    let Some(m) = cell.borrow().last().map(|t| t.len()) else { return -2 };
    let Ok(p) = ready("p", "5".parse::<i64>()).await else { return -3 };
    tick("b").await;
    n + m + p
}
