// args: 2
// A Display impl used in format! with awaited operands; to_string() temporaries in comparisons before awaits.
fn f(k: i64) -> i64 {
    let p = Point { x: k, y: -k, t: Tracked::new("pt") };
    let s = format!("{p} at {}", ready("at", 3).await);
    let same = p.to_string() == ready("s", String::from("(2, -2)")).await;
    let l = p.to_string().len() as i64 + ready("l", 1).await;
    let q = Point { x: ready("qx", 1).await, y: 2, t: Tracked::new("q") };
    log(format!("{} {}", q, ready("last", "z").await));
    s.len() as i64 * 100 + same as i64 * 10 + l
}
pub struct Point { x: i64, y: i64, t: Tracked }
impl std::fmt::Display for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { log(format!("fmt {}", self.t.name())); write!(f, "({}, {})", self.x, self.y) }
}
