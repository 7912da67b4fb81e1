// args: 2
// std Mutex guard temporaries (`m.lock().unwrap()`) as receivers before an await in the same statement; a #[co]
// probe logs whether the lock is free during the await.
fn f(k: i64) -> i64 {
    let m = std::sync::Mutex::new(vec![k]);
    m.lock().unwrap().push(probe(&m, "push").await);
    let a = m.lock().unwrap().len() as i64 + probe(&m, "len").await;
    let b = m.lock().unwrap().iter().sum::<i64>() * probe(&m, "sum").await;
    let c = probe(&m, "first").await + m.lock().unwrap()[0];
    a + b + c
}
#[co] fn probe(m: &std::sync::Mutex<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", m.try_lock().is_ok()));
    tick(what).await;
    2
}
