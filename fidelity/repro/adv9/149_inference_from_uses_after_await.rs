// args: 2
// Types inferred only from uses after an await: `parse()` result, `collect()` target, `Default::default()`,
// `None` later assigned, `into()` target, an empty Vec's element type.
fn f(k: i64) -> i64 {
    let parsed = "42".parse();
    let collected = (0..k).map(|x| x * 2).collect();
    let def = Default::default();
    let mut later = None;
    let conv = 7u8.into();
    let mut empty = Vec::new();
    tick("t").await;
    let n: i64 = parsed.unwrap();
    let v: Vec<i64> = collected;
    let def: i32 = def;
    later = Some(Tracked::new("later"));
    let c: i64 = conv;
    empty.push(ready("e", 1u16).await);
    n + v.iter().sum::<i64>() + def as i64 + opt_len(&later) + c + empty[0] as i64
}
