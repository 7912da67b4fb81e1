// args: 0
// A panic in a struct literal field evaluated after an awaited field: the evaluated fields, locals and a borrowed
// home unwind in Rust's order.
fn f(k: i64) -> i64 {
    let owner = Tracked::new("owner");
    let r = &owner;
    let _g = Tracked::new("g");
    let p = Pair { a: Tracked::new("fa"), b: ready("b", Tracked::new("fb")).await };
    let q = Pair { b: Tracked::new("qb"), a: { tick("qa").await; if k == 0 { panic!("boom {}", r.name()); } Tracked::new("qa") } };
    p.a.len() + q.b.len()
}
