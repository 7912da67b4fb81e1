// args:
// Shadowing within match arms and closures over the same names; awaited values rebound with the same name.
fn f() -> i64 {
    let t = Tracked::new("t0");
    let n = t.len();
    let r = match ready("m", n).await {
        n if n > 1 => {
            let t = Tracked::new("t1");
            let n = n + ready("inner", t.len()).await;
            n
        }
        n => n,
    };
    let f2 = |t: &Tracked| t.len() + r;
    let t = ready("again", Tracked::new("t2")).await;
    let v = f2(&t);
    let t = t.len() + v;
    tick("end").await;
    t
}
