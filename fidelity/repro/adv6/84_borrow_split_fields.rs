// args:
// Disjoint borrows of two fields of a local struct held across awaits (`let a = &mut s.left; let b = &s.right;`), then the whole struct used.
fn f() -> i64 {
    let mut s = Sides { left: vec![Tracked::new("l1")], right: Tracked::new("right"), n: 0 };
    let a = &mut s.left;
    let b = &s.right;
    a.push(Tracked::new("l2"));
    let k = ready(b.name(), b.len()).await;
    a.push(Tracked::new("l3"));
    s.n += k;
    tick("joined").await;
    s.left.len() as i64 * 10 + s.n
}
pub struct Sides { left: Vec<Tracked>, right: Tracked, n: i64 }
