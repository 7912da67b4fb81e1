// args:
// Method calls whose arguments read the receiver and await: v.push(v.len() + f().await), s.push_str(&fetch().await).
fn f() -> i64 {
    let mut v: Vec<i64> = vec![1];
    v.push(v.len() as i64 + ready("a", 10).await);
    v.insert(0, ready("b", v[0] * 3).await);
    let mut s = String::from("x");
    s.push_str(&part(s.len() as i64).await);
    let mut names = vec![Tracked::new("n0")];
    names.push(make(names.len() as i64).await);
    tick("end").await;
    v.iter().sum::<i64>() + s.len() as i64 + names.len() as i64
}

#[co] fn part(n: i64) -> String {
    tick("part").await;
    "y".repeat(n as usize + 1)
}
#[co] fn make(n: i64) -> Tracked {
    tick("make").await;
    Tracked::new(if n > 0 { "n1" } else { "nx" })
}
