// args: 2
// A shared borrow of one field held across awaits while another field is mutated (disjoint borrows of a homed
// struct), and a `&mut` to one field alongside a `&` to another.
fn f(k: i64) -> i64 {
    let mut s = Store { name: Tracked::new("name"), items: vec![], count: 0 };
    let r = &s.name;
    s.items.push(ready("p", k).await);
    s.count += 1;
    let m = &mut s.items;
    m.push(ready("q", 2).await);
    let total = m.iter().sum::<i64>() + r.len();
    tick("t").await;
    total + s.count + r.len()
}
pub struct Store { name: Tracked, items: Vec<i64>, count: i64 }
