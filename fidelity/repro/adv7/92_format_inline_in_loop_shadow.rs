// args:
// Inline format args `{name}` `{i}` `{t:?}` with loop bindings shadowing outer ones across awaits, in format! and in log(format!()).
fn f() -> i64 {
    let name = "outer";
    let i = 100;
    let mut out = String::new();
    for i in 0..2 {
        let name = ready("n", if i == 0 { "zero" } else { "one" }).await;
        let t = Tracked::new(name);
        out.push_str(&format!("[{i}:{name}:{t:?}]"));
        tick("step").await;
    }
    log(format!("{name} {i} {out}"));
    out.ilen() + i
}
