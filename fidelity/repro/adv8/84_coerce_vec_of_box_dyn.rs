// args:
// `let v: Vec<Box<dyn Debug>> = vec![Box::new(1), Box::new(ready(..).await), Box::new(Tracked)];` and a struct field of type Box<dyn Debug>.
fn f() -> i64 {
    use std::fmt::Debug;
    let v: Vec<Box<dyn Debug>> = vec![Box::new(1i64), Box::new(ready("s", "str").await), Box::new(Tracked::new("t"))];
    let h = Holder { d: Box::new(ready("h", 7i64).await) };
    tick("end").await;
    let mut n = 0;
    for x in &v { n += show(x); }
    n * 10 + show(&h.d)
}
pub struct Holder { d: Box<dyn std::fmt::Debug> }
