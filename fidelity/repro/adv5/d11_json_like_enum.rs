// args:
// A JSON-like value enum built across awaits, recursive formatting (sync) and lookups by path.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut obj = BTreeMap::new();
    obj.insert("name".to_string(), Value::Str(fetch_str("alice").await));
    obj.insert("age".to_string(), Value::Num(ready("age", 30).await));
    let mut list = Vec::new();
    for i in 0..3 {
        list.push(Value::Num(ready("n", i).await));
    }
    obj.insert("list".to_string(), Value::List(list));
    let root = Value::Obj(obj);
    let text = render(&root);
    tick("rendered").await;
    log(text.clone());
    let age = match &root {
        Value::Obj(m) => match m.get("age") {
            Some(Value::Num(n)) => *n,
            _ => 0,
        },
        _ => -1,
    };
    age + text.len() as i64
}

pub enum Value { Num(i64), Str(String), List(Vec<Value>), Obj(std::collections::BTreeMap<String, Value>) }
pub fn render(v: &Value) -> String {
    match v {
        Value::Num(n) => n.to_string(),
        Value::Str(s) => format!("{s:?}"),
        Value::List(l) => format!("[{}]", l.iter().map(render).collect::<Vec<_>>().join(",")),
        Value::Obj(m) => format!("{{{}}}", m.iter().map(|(k, v)| format!("{k:?}:{}", render(v))).collect::<Vec<_>>().join(",")),
    }
}
#[co] fn fetch_str(s: &'static str) -> String {
    let _t = Tracked::new("fs");
    tick("fs").await;
    s.to_uppercase()
}
