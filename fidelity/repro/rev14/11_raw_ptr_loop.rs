// args: 3
fn f(k: i64) -> i64 {
    let mut total = 0;
    for i in 0..k {
        let v = vec![i; 3];
        let p = &raw const v;
        tick("it").await;
        total += unsafe { (&*p).len() as i64 + (&*p)[0] };
    }
    total
}
