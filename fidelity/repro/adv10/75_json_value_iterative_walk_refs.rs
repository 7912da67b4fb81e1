// args: 2
// A JSON-like recursive enum walked iteratively with a stack of `&Value` references held across awaits.
fn f(k: i64) -> i64 {
    let doc = Value::Obj(vec![
        ("a".into(), Value::Num(k)),
        ("b".into(), Value::Arr(vec![Value::Num(1), Value::Str(Tracked::new("s1")), Value::Arr(vec![Value::Num(5)])])),
        ("c".into(), Value::Null),
    ]);
    let mut stack: Vec<(&Value, i64)> = vec![(&doc, 0)];
    let mut total = 0;
    while let Some((v, depth)) = stack.pop() {
        match v {
            Value::Num(n) => total += ready("num", n * (depth + 1)).await,
            Value::Str(t) => { tick(t.name()).await; total += 100; }
            Value::Arr(items) => for it in items.iter().rev() { stack.push((it, depth + 1)); },
            Value::Obj(fields) => {
                for (key, val) in fields {
                    if key == "c" { tick("skip c").await; continue; }
                    stack.push((val, depth + 1));
                }
            }
            Value::Null => {}
        }
    }
    total
}
pub enum Value { Null, Num(i64), Str(Tracked), Arr(Vec<Value>), Obj(Vec<(String, Value)>) }
