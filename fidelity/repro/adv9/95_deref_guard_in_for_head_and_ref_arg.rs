// args: 1
// Deref of a guard temporary under `&` in a call argument and in a `for` head whose body awaits.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![k, 2]);
    let a = sum_ref(&*c.borrow(), probe(&c, "arg").await);
    let mut b = 0;
    for x in &*c.borrow() {
        b += x * probe(&c, "for").await;
    }
    for x in (*c.borrow()).clone() {
        b += x + probe(&c, "clone-for").await;
    }
    a + b
}
fn sum_ref(v: &Vec<i64>, n: i64) -> i64 { v.iter().sum::<i64>() + n }
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    1
}
