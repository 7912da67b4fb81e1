// args:
// `Type::new().with_x(1).with_y(f().await)` with a Tracked-holding builder and an awaited Tracked argument; the built value used after another await.
fn f() -> i64 {
    let w = Widget::new("w").with_x(1).with_y(ready("y", 5).await).with_label(ready("lbl", Tracked::new("label")).await);
    tick("built").await;
    let v = Widget::new("v").with_label(Tracked::new("l2")).with_y(ready("y2", w.y).await).area();
    w.area() * 100 + v
}
pub struct Widget { name: Tracked, x: i64, y: i64, label: Option<Tracked> }
impl Widget {
    fn new(n: &'static str) -> Widget { Widget { name: Tracked::new(n), x: 0, y: 0, label: None } }
    fn with_x(self, x: i64) -> Widget { Widget { x, ..self } }
    fn with_y(self, y: i64) -> Widget { log(format!("with_y {y}")); Widget { y, ..self } }
    fn with_label(mut self, t: Tracked) -> Widget { self.label = Some(t); self }
    fn area(&self) -> i64 { (self.x + 1) * self.y + self.label.as_ref().map_or(0, |t| t.len()) }
}
