// args:
// Option field take/replace/insert across awaits on a struct; as_mut and get_or_insert on a field.
fn f() -> i64 {
    let mut w = Worker { current: None, done: Vec::new() };
    for name in ["j1", "j22", "j333"] {
        if let Some(prev) = w.current.replace(Tracked::new(name)) {
            tick("finish").await;
            w.done.push(prev);
        }
        if let Some(cur) = w.current.as_mut() {
            let n = ready("work", cur.len()).await;
            if n > 3 {
                *cur = Tracked::new("upgraded");
            }
        }
    }
    let last = w.current.take();
    tick("end").await;
    w.current.get_or_insert_with(|| Tracked::new("idle"));
    opt_len(&last) + w.done.len() as i64
}

pub struct Worker { current: Option<Tracked>, done: Vec<Tracked> }
