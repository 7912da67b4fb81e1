// args:
// `std::mem::swap` / `replace` / `take` across awaits on locals and on struct fields; the replaced values dropped at statement or scope end.
fn f() -> i64 {
    let mut a = Tracked::new("a");
    let mut b = Tracked::new("b");
    tick("s").await;
    std::mem::swap(&mut a, &mut b);
    let old = std::mem::replace(&mut a, ready("new", Tracked::new("c")).await);
    let mut st = State { items: vec![Tracked::new("i1")], cur: Some(Tracked::new("cur")) };
    let items = std::mem::take(&mut st.items);
    tick("took").await;
    let cur = st.cur.take();
    std::mem::replace(&mut b, Tracked::new("d")).len();
    tick("end").await;
    old.len() + items.ilen() + cur.map_or(0, |t| t.len()) + a.len() + b.len()
}
pub struct State { items: Vec<Tracked>, cur: Option<Tracked> }
