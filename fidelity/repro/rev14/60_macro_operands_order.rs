// args: 2
fn f(k: i64) -> i64 {
    let mut s = String::new();

    log(format!("{:?} {:?}", ready("a", Tracked::new("a")).await.name(), ready("b", Tracked::new("b")).await.name()));
    write!(s, "{} {}", ready("c", Tracked::new("c")).await.len(), ready("d", Tracked::new("d")).await.len()).unwrap();
    assert_eq!(ready("e", Tracked::new("e")).await.len(), ready("f", 1).await);
    assert_ne!(ready("g", k).await, ready("h", Tracked::new("h")).await.len() + 5);
    tick("x").await;
    s.len() as i64
}
use std::fmt::Write;
