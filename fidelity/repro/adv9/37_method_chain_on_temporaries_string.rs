// args: 2
// Method chains on temporaries (String from format!, trim, to_uppercase) with an await in the chain's argument.
fn f(k: i64) -> i64 {
    let a = format!("  {}-{} ", "ab", k).trim().to_uppercase().replace("-", ready("sep", "+").await).len();
    let b = String::from("x,y,z").split(',').map(str::to_string).collect::<Vec<_>>().join(ready("j", "::").await);
    let c = vec![Tracked::new("t1"), Tracked::new("t2")].iter().map(|t| t.len()).max().unwrap_or(0) + ready("c", 1).await;
    a as i64 * 100 + b.len() as i64 + c
}
