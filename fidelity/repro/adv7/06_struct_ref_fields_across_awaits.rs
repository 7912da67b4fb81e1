// args:
// A view struct `View<'a> { name: &'a str, items: &'a mut Vec<i64> }` built from locals, mutated through between awaits, then the locals read.
fn f() -> i64 {
    let name = String::from("view");
    let mut items = vec![1, 2];
    let g = Tracked::new("g");
    {
        let mut v = View { name: &name, items: &mut items };
        v.add(ready("a", 10).await);
        tick("mid").await;
        v.add(ready("b", 20).await);
        log(format!("{} {}", v.name, v.items.len()));
    }
    tick("end").await;
    items.iter().sum::<i64>() + g.len()
}
pub struct View<'a> { name: &'a str, items: &'a mut Vec<i64> }
impl<'a> View<'a> {
    fn add(&mut self, x: i64) { log(format!("add {} {x}", self.name)); self.items.push(x); }
}
