// args: 2
// A running statistics struct updated through &mut method calls in a loop with awaits; Option<f64> min/max.
fn f(k: i64) -> i64 {
    let mut st = Stats::default();
    let samples = [3.5, -1.0, 8.25, 2.0, k as f64];
    for s in samples {
        let v = ready("sample", s).await;
        st.push(v);
        if st.n == 3 { tick("mid").await; }
    }
    let mean = st.sum / st.n as f64;
    (mean * 100.0) as i64 + st.max.unwrap_or(0.0) as i64 * 10000 + st.min.map_or(0, |m| m as i64)
}
#[derive(Default)]
pub struct Stats { n: i64, sum: f64, min: Option<f64>, max: Option<f64> }
impl Stats {
    fn push(&mut self, v: f64) {
        self.n += 1; self.sum += v;
        self.min = Some(self.min.map_or(v, |m| m.min(v)));
        self.max = Some(match self.max { Some(m) if m > v => m, _ => v });
    }
}
