// args:
// Box<T> across awaits; a shadowing binding that borrows the shadowed one.
fn f() -> i64 {
    let b = Box::new(Tracked::new("boxed"));
    tick("a").await;
    let s = String::from("shadowed");
    let s = s.as_str();
    tick("b").await;
    let t = Tracked::new("t");
    let t = &t;
    tick("c").await;
    b.len() + s.len() as i64 + t.len()
}
