// args: 1
// Shadowing Tracked bindings across awaits: shadowed values live to the end of scope, drop in reverse.
fn f(k: i64) -> i64 {
    let t = Tracked::new("t1");
    let t = { tick("s1").await; let _keep = &t; Tracked::new("t2") };
    let n = t.len();
    let t = ready("t3", Tracked::new("t3")).await;
    let n = n + t.len();
    {
        let t = Tracked::new("inner");
        tick("inner").await;
        let t = t.len() + k;
        log(format!("inner {t}"));
    }
    let t = t.len() * 2;
    tick("end").await;
    n + t
}
