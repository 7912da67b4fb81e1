// args:
// std macros naming a Tracked binding only by reference (`assert!`, `debug_assert_eq!`, `format!`, `vec!`, `concat`-free), then awaits; drop at scope end.
fn f() -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let c = Tracked::new("c");
    assert!(a.name() == "a", "bad {}", a.name());
    debug_assert_eq!(b.name(), "b");
    let s = format!("{}", c.name());
    tick("t").await;
    let v = vec![a.name(), b.name()];
    tick("u").await;
    s.ilen() + v.ilen()
}
