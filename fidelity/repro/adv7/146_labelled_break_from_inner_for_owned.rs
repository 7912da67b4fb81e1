// args:
// `break 'outer` / `continue 'outer` from an inner `for` over an owned Vec<Tracked> after an await (the inner iterator's rest drops at the jump).
fn f() -> i64 {
    let mut acc = 0;
    'outer: for round in 0..3 {
        let row = vec![Tracked::new("r0"), Tracked::new("r1"), Tracked::new("r2")];
        for t in row {
            let n = ready("cell", t.len()).await;
            if round == 0 && t.name() == "r1" { tick("cont").await; continue 'outer; }
            if round == 2 { tick("brk").await; break 'outer; }
            acc += n;
        }
    }
    tick("end").await;
    acc
}
