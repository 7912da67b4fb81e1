// args: 2
fn f(k: i64) -> i64 {
    let mut s = String::new();

    write!(s, "{:?} {}", ready("a", Tracked::new("a")).await, ready("b", k).await).unwrap();
    assert_eq!(ready("e", Tracked::new("e")).await, 1, "{}", ready("m", 0).await);
    assert!(ready("z", Tracked::new("z")).await == 1);
    let n = format!("{:?}", ready("c", Tracked::new("c")).await).len() as i64 + ready("d", 1).await;
    tick("x").await;
    s.len() as i64 + n
}
use std::fmt::Write;
