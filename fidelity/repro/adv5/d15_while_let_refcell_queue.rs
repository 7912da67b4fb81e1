// args:
// while let over q.borrow_mut().pop_front() (the RefMut lives for the body in edition 2024) with awaits in the body.
fn f() -> i64 {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    let q = RefCell::new(VecDeque::from(vec![Tracked::new("j1"), Tracked::new("j2")]));
    let mut n = 0;
    while let Some(job) = q.borrow_mut().pop_front() {
        n += ready("job", job.len()).await;
    }
    q.borrow_mut().push_back(Tracked::new("late"));
    let l = q.borrow().len() as i64;
    tick("end").await;
    n * 10 + l
}
