// args:
// RefCell borrow scoped before an await; a guard struct with Drop.
fn f() -> i64 {
    use std::cell::RefCell;
    let cell = RefCell::new(vec![1i64, 2, 3]);
    {
        let mut b = cell.borrow_mut();
        b.push(4);
    }
    tick("a").await;
    let n = cell.borrow().len() as i64;
    let _g = Guard::new("lock");
    tick("b").await;
    let sum: i64 = cell.borrow().iter().sum();
    drop(_g);
    tick("c").await;
    n + sum
}

pub struct Guard(&'static str);
impl Guard {
    fn new(n: &'static str) -> Guard {
        log(format!("acquire {n}"));
        Guard(n)
    }
}
impl Drop for Guard {
    fn drop(&mut self) {
        log(format!("release {}", self.0));
    }
}
