// args:
// Types inferred from uses after an await: `let mut v = Vec::new(); .. await; v.push(1u8)`, `let x = Default::default();`, `.parse().unwrap()`.
fn f() -> i64 {
    let mut v = Vec::new();
    let r = &mut v;
    tick("a").await;
    r.push(1u8);
    let x = Default::default();
    let p = "42".parse().unwrap();
    tick("b").await;
    let y: i64 = x;
    let q: i32 = p;
    let c = (1..4).collect();
    tick("c").await;
    let w: Vec<i64> = c;
    v.len() as i64 * 1000 + y + q as i64 + w.iter().sum::<i64>()
}
