// args: 1
// Path-qualified std macros (`std::vec!`, `std::format!`, `std::assert!`, `core::matches!`) with `.await` in operands.
fn f(k: i64) -> i64 {
    let v = std::vec![ready("a", Tracked::new("a")).await, Tracked::new("b")];
    let s = std::format!("{}-{}", ready("s", k).await, v.len());
    std::assert!(ready("c", true).await, "cond");
    let m = core::matches!(ready("m", Some(k)).await, Some(1));
    s.len() as i64 + v.len() as i64 + m as i64
}
