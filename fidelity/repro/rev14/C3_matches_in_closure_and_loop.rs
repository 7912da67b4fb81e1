// args: 3
fn f(k: i64) -> i64 {
    let xs = vec![Some(1i64), None, Some(k)];
    let mut n = 0;
    for x in &xs {
        if matches!(x, Some(v) if *v > ready("t", 1).await) { n += 1; continue; }
        if matches!(x, None) { break; }
    }
    let c = |y: Option<i64>| matches!(y, Some(v) if v > 2);
    n * 10 + xs.iter().filter(|x| c(**x)).count() as i64
}
