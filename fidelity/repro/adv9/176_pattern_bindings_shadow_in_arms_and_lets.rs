// args: 2
// Match arms and `if let`s rebinding names of outer homed bindings, with awaits in the arms.
fn f(k: i64) -> i64 {
    let t = Tracked::new("outer-t");
    let r = &t;
    let o = Some(Tracked::new("inner-t"));
    let a = match &o {
        Some(t) => { tick("arm").await; t.len() + r.len() }
        None => 0,
    };
    let b = if let Some(r) = o.as_ref() { ready("b", r.len()).await } else { 0 };
    let c = match k { t if t > 1 => ready("c", t).await, t => -t };
    a + b + c + t.len() + r.len()
}
