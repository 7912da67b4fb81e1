// args:
// A move closure owning a guard, called across awaits and dropped explicitly; another closure owning a guard dropped at scope end.
fn f() -> i64 {
    let g = Tracked::new("cap1");
    let c = move |k: i64| g.len() + k;
    let a = c(ready("a", 1).await);
    tick("mid").await;
    drop(c);
    tick("after-drop").await;
    let h = Tracked::new("cap2");
    let d = move || h.len();
    let b = ready("b", d()).await;
    tick("end").await;
    a * 10 + b
}
