// args: 2
// A user `Copy` struct (and a `&T`, an `Option<&T>`) "moved" by syntax (`let q = p;`, passed by value, matched by
// value) before an await and used again after it.
fn f(k: i64) -> i64 {
    let p = Pt { x: k, y: 1 };
    let q = p;
    let t = Tracked::new("t");
    let r = &t;
    let r2 = r;
    let o = Some(r);
    let o2 = o;
    consume_pt(p);
    let m = match p { Pt { x, y } => x + y };
    tick("t").await;
    p.x + q.y + m + r.len() + r2.len() + o.map_or(0, |t| t.len()) + o2.map_or(0, |t| t.len()) + consume_pt(p)
}
#[derive(Clone, Copy)]
pub struct Pt { x: i64, y: i64 }
fn consume_pt(p: Pt) -> i64 { p.x * 100 }
