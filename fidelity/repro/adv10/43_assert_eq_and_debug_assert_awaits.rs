// args: 2
// assert!/assert_eq! with awaited operands that may fail (panic message compared), Tracked alive.
fn f(k: i64) -> i64 {
    let t = Tracked::new("t");
    assert!(ready("c", k < 5).await, "k too big: {}", k);
    assert_eq!(ready("a", k % 3).await, k % 3, "mod {}", t.name());
    let v = vec![Tracked::new("v")];
    assert_ne!(v.len() as i64, ready("ne", 0).await);
    assert_eq!(ready("b", k).await, 1, "k is {} {}", k, ready("msg", "m").await);
    t.len()
}
