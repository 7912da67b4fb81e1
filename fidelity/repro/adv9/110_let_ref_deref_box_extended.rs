// args: 1
// `let r = &*Box::new(..);` and `let s = &*String::from(..);` (extension through a deref) used after an await.
fn f(k: i64) -> i64 {
    let r = &*Box::new(Tracked::new("boxed"));
    let s: &str = &*String::from("text");
    tick("t").await;
    r.len() + s.len() as i64 + k
}
