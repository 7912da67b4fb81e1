// args: 0
// `if let Msg::Two(x, _) = *b { f().await; .. }` and `while let` over a boxed linked list moving nodes out of boxes.
fn f(k: i64) -> i64 {
    let b = Box::new(Msg::Two(Tracked::new("x"), Tracked::new("y")));
    let mut s = 0;
    if let Msg::Two(x, _) = *b {
        tick("then").await;
        s += x.len();
    }
    let mut list = Some(Box::new(Node { v: Tracked::new("n1"), next: Some(Box::new(Node { v: Tracked::new("n2"), next: None })) }));
    while let Some(node) = list {
        let Node { v, next } = *node;
        s += ready("node", v.len() + k).await;
        list = next;
    }
    s
}
pub enum Msg { Two(Tracked, Tracked) }
pub struct Node { v: Tracked, next: Option<Box<Node>> }
