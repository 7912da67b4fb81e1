// args:
// A `move` closure capturing a String and a Tracked, created before awaits and called (as Fn) several times after them.
fn f() -> i64 {
    let prefix = String::from("pre");
    let t = Tracked::new("held");
    let describe = move |n: i64| -> String { format!("{}-{}-{}", prefix, t.name(), n) };
    let a = ready("a", 1).await;
    let s1 = describe(a);
    tick("b").await;
    let s2 = describe(ready("c", 2).await);
    log(format!("{s1} {s2}"));
    s1.ilen() + s2.ilen()
}
