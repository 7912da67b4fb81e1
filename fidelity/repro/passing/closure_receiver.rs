// args:
// class closure: a closure whose use of a homed local is a method receiver (`&mut self` here) or a
// field: rustc's own capture analysis decides the mode, field by field.
fn f() -> i64 {
    let mut v: Vec<Tracked> = Vec::new();
    let mut p: Pair = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    let mut push = |name: &'static str| v.push(Tracked::new(name));
    let a_len = || p.a.len();
    push("x");
    p.b = Tracked::new("b2");
    tick("r").await;
    push("y");
    log(p.b.name());
    a_len() + v.len() as i64
}
