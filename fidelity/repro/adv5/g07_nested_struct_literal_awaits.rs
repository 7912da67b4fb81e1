// args:
// Nested struct literals with awaits in inner and outer fields, fields written out of declaration order.
fn f() -> i64 {
    let o = Outer {
        tag: make("tag").await,
        inner: Inner { y: make("y").await, x: Tracked::new("x") },
        count: ready("count", 2).await,
    };
    tick("built").await;
    o.tag.len() + o.inner.x.len() + o.inner.y.len() + o.count
}

pub struct Inner { x: Tracked, y: Tracked }
pub struct Outer { count: i64, inner: Inner, tag: Tracked }
#[co] fn make(name: &'static str) -> Tracked {
    tick(name).await;
    Tracked::new(name)
}
