// args: 2
// `@` bindings with struct subpatterns by reference (`p @ Point { x: 0.., .. }`), nested enum `Shape::Circle(c @ Circle { r, .. })`.
fn f(k: i64) -> i64 {
    let shapes = vec![Shape::Dot(Point { x: k, y: 1 }), Shape::Circle(Circle { c: Point { x: -1, y: 2 }, r: 3 }), Shape::Dot(Point { x: -5, y: 0 })];
    let mut out = 0;
    for s in &shapes {
        out = out * 10 + match s {
            Shape::Dot(p @ Point { x: 0.., .. }) => { tick("dot+").await; p.x + p.y }
            Shape::Dot(Point { y, .. }) => *y,
            Shape::Circle(c @ Circle { r, .. }) if *r > 2 => ready("circle", c.c.y + r).await,
            Shape::Circle(_) => 0,
        };
    }
    out
}
pub struct Point { x: i64, y: i64 }
pub struct Circle { c: Point, r: i64 }
pub enum Shape { Dot(Point), Circle(Circle) }
