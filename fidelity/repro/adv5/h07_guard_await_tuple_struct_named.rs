// args: 4
// Guards that await over tuple structs and enums with named fields written `field: binding` (no shorthand).
fn f(n: i64) -> i64 {
    let mut out = 0;
    for i in 0..n {
        let ev = if i % 2 == 0 { Ev::Key { code: i, mods: Tracked::new("mods") } } else { Ev::Move(Point2(i, -i)) };
        out += match ev {
            Ev::Key { code: c, mods: m } if ready("g1", c).await > 1 => c * 10 + m.len(),
            Ev::Key { code: c, mods: _ } => c, // documented: name parts instead of `..`
            Ev::Move(Point2(x, y)) if ready("g2", x + y).await == 0 && x > 2 => 100,
            Ev::Move(p) => p.0,
        };
    }
    out
}

pub struct Point2(pub i64, pub i64);
pub enum Ev { Key { code: i64, mods: Tracked }, Move(Point2) }
