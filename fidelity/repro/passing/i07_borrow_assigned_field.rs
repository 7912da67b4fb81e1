// args:
// A struct holding a reference field assigned after creation (h.best = Some(&x)), used after an await.
fn f() -> i64 {
    let cands = vec![Tracked::new("a"), Tracked::new("bbb"), Tracked::new("cc")];
    let mut h = Best { best: None, seen: 0 };
    for c in &cands {
        h.seen += 1;
        if h.best.map_or(true, |b: &Tracked| c.name().len() > b.name().len()) {
            h.best = Some(c);
        }
    }
    tick("chosen").await;
    h.best.map(|b| b.len()).unwrap_or(0) * 10 + h.seen
}

pub struct Best<'a> { best: Option<&'a Tracked>, seen: i64 }
