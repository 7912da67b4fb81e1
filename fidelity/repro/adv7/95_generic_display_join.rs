// args:
// Generic #[co] fn `join<T: Display>(items: &[T], sep: &str) -> String` with awaits between pushes; called with i64, &str and a Display struct.
fn f() -> i64 {
    let a = join(&[1, 2, 3], ", ").await;
    let b = join(&["x", "y"], "-").await;
    let c = join(&[Named(Tracked::new("n1")), Named(Tracked::new("n2"))], "/").await;
    log(format!("{a}|{b}|{c}"));
    a.ilen() * 10000 + b.ilen() * 100 + c.ilen()
}
pub struct Named(Tracked);
impl std::fmt::Display for Named { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { write!(f, "<{}>", self.0.name()) } }
#[co] fn join<T: std::fmt::Display>(items: &[T], sep: &str) -> String {
    let mut s = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 { s.push_str(sep); }
        let piece = ready("piece", it.to_string()).await;
        s.push_str(&piece);
    }
    s
}
