// args:
// A singly linked queue with Option<Box<Node>>: push_back via a cursor loop, pop with mem::take, awaits between.
fn f() -> i64 {
    let mut list = List { head: None, len: 0 };
    for name in ["a", "bb", "ccc"] {
        list.push_back(Tracked::new(name));
        tick("push").await;
    }
    let mut sum = 0;
    while let Some(t) = list.pop_front() {
        sum = sum * 10 + ready("pop", t.len()).await;
        if sum > 10 {
            break;
        }
    }
    tick("end").await;
    sum + list.len
}

pub struct Node { t: Tracked, next: Option<Box<Node>> }
pub struct List { head: Option<Box<Node>>, len: i64 }
impl List {
    fn push_back(&mut self, t: Tracked) {
        let mut cur = &mut self.head;
        while let Some(node) = cur {
            cur = &mut node.next;
        }
        *cur = Some(Box::new(Node { t, next: None }));
        self.len += 1;
    }
    fn pop_front(&mut self) -> Option<Tracked> {
        let node = std::mem::take(&mut self.head)?;
        let Node { t, next } = *node;
        self.head = next;
        self.len -= 1;
        Some(t)
    }
}
