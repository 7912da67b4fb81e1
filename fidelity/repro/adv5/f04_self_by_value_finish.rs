// args:
// Coroutine methods taking self by value (called as Type::method per the documented rule) with locals; self's fields dropped after.
fn f() -> i64 {
    let r = Report { title: Tracked::new("title"), rows: vec![Tracked::new("row1"), Tracked::new("row2")] };
    let n = Report::finish(r, 2).await;
    let r2 = Report { title: Tracked::new("t2"), rows: Vec::new() };
    let m = Report::summarize(r2).await; // documented rewrite (README: by-value method awaited)
    n * 10 + m
}

pub struct Report { title: Tracked, rows: Vec<Tracked> }
impl Report {
    #[co] fn finish(self, extra: i64) -> i64 {
        let _footer = Tracked::new("footer");
        tick("finish").await;
        self.rows.len() as i64 + extra + self.title.len()
    }
    #[co] fn summarize(self) -> i64 {
        let Report { title, rows } = self;
        tick("sum").await;
        drop(rows);
        tick("sum2").await;
        title.len()
    }
}
