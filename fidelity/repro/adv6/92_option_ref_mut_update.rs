// args:
// `if let Some(x) = self.best.as_mut()` updated with an awaited value, `Option::insert`, `get_or_insert_with`, `replace` across awaits.
fn f() -> i64 {
    let mut t = Tracker { best: None, hist: None };
    t.observe(3).await;
    t.observe(8).await;
    t.observe(5).await;
    let h = t.hist.as_ref().map_or(0, |v| v.len() as i64);
    t.best.unwrap_or(0) * 10 + h
}
pub struct Tracker { best: Option<i64>, hist: Option<Vec<Tracked>> }
impl Tracker {
    #[co] fn observe(&mut self, v: i64) -> () {
        let w = ready("obs", v).await;
        if let Some(b) = self.best.as_mut() {
            if w > *b { *b = w; tick("new-best").await; }
        } else {
            let _ = self.best.insert(w);
        }
        self.hist.get_or_insert_with(Vec::new).push(Tracked::new("h"));
        tick("recorded").await;
        if w == 5 {
            let old = self.hist.replace(vec![Tracked::new("reset")]);
            log(format!("replaced {}", old.map_or(0, |o| o.len())));
        }
    }
}
