// args:
// std macros with awaited operands: vec!, matches!, assert_eq!, dbg!-free, write! to String, format_args in println.
fn f() -> i64 {
    let v = vec![ready("a", 1i64).await, ready("b", 2).await];
    let r = vec![Tracked::new("rep").len(); 2];
    let m = matches!(ready("m", Some(3)).await, Some(x) if x > 2);
    assert_eq!(ready("eq", v.len()).await, 2, "len {}", v.len());
    assert_ne!(ready("ne", 1).await, 2);
    println!("{:?} {}", v, ready("p", m).await);
    let s = format!("{:>5}|{:<3}|{:?}", ready("w", 1).await, "x", Some(ready("o", 2).await));
    v.iter().sum::<i64>() + r.len() as i64 + m as i64 + s.len() as i64
}
