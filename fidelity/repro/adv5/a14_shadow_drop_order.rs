// args:
// Shadowed Tracked bindings stay alive to their block's end; `let _ =` drops at once, `let _g` at the end.
fn f() -> i64 {
    let t = Tracked::new("t1");
    let _ = Tracked::new("ignored");
    let _g = Tracked::new("guard");
    tick("a").await;
    let t = Tracked::new(if t.len() > 1 { "long" } else { "t2" });
    {
        let t = ready("inner", Tracked::new("t3")).await;
        let _ = ready("ign2", Tracked::new("ign2")).await;
        tick("b").await;
        log(t.name());
    }
    let n = t.len();
    let t = n + ready("num", 1).await;
    tick("c").await;
    t
}
