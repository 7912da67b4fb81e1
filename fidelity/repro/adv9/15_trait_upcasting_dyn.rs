// args: 2
// Trait upcasting (dyn Sub -> dyn Base) across awaits, with Box<dyn> held in a Vec.
fn f(k: i64) -> i64 {
    let subs: Vec<Box<dyn Sub>> = vec![Box::new(Node(Tracked::new("n1"), 1)), Box::new(Node(Tracked::new("n22"), k))];
    let mut s = 0;
    for b in subs {
        let e = b.extra();
        let base: Box<dyn Base> = b;
        s += ready("id", base.id()).await * e;
    }
    s
}
trait Base { fn id(&self) -> i64; }
trait Sub: Base { fn extra(&self) -> i64; }
struct Node(Tracked, i64);
impl Base for Node { fn id(&self) -> i64 { self.1 } }
impl Sub for Node { fn extra(&self) -> i64 { self.0.len() } }
