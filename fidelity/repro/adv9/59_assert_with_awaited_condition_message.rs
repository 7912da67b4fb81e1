// args: 2
// `assert!`/`assert_eq!` whose condition and message operands await; the failing one panics with a formatted message.
fn f(k: i64) -> i64 {
    let t = Tracked::new("t");
    assert!(ready("c1", k).await > 0, "k was {}", k);
    assert_eq!(ready("c2", t.len()).await, 1, "len of {}", t.name());
    let x = ready("x", 5).await;
    assert!(x + k < 7, "too big: {} + {} with {}", x, k, ready("msg", "m").await);
    x
}
