// args:
// A Display impl used in format! with awaited operands; to_string across awaits.
fn f() -> String {
    let p = Pt { x: 1, y: 2, tag: Tracked::new("pt") };
    let s = format!("{p} then {}", Pt { x: ready("x", 3).await, y: 4, tag: Tracked::new("tmp") });
    let t = p.to_string();
    tick("t").await;
    format!("{s}|{t}|{}", ready("z", p.x).await)
}

pub struct Pt { x: i64, y: i64, tag: Tracked }
impl std::fmt::Display for Pt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "({}, {}) {}", self.x, self.y, self.tag.name())
    }
}
