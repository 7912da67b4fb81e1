// args: 5
// format!/println!/assert! with awaits inside.
fn f(n: i64) -> String {
    let t = Tracked::new("t");
    let s = format!("{}/{}/{}", t.name(), ready("a", n).await, ready("b", n + 1).await);
    assert!(ready("c", n).await > 0, "n was {}", n);
    assert_eq!(ready("d", n).await, n, "eq {}", t.len());
    println!("{} {}", s, ready("e", 1).await);
    s
}
