// args:
// Borrowing struct fields across awaits (&self.field passed to helpers), then mutating another field.
fn f() -> i64 {
    let mut s = State { name: Tracked::new("state"), hits: 0, items: vec![Tracked::new("i1")] };
    let w = weigh(&s.name, 1).await;
    s.hits += w;
    let c = count_items(&s.items).await;
    s.items.push(Tracked::new("i2"));
    let r = &s.name;
    tick("r").await;
    let n = r.len();
    s.hits += n + c;
    s.hits
}

pub struct State { name: Tracked, hits: i64, items: Vec<Tracked> }
#[co] fn count_items(v: &[Tracked]) -> i64 {
    tick("count").await;
    v.len() as i64
}
