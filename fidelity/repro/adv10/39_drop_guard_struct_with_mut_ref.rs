// args: 2
// A guard struct holding &mut to a local log, with Drop pushing into it; held across awaits; scopes end it.
fn f(k: i64) -> i64 {
    let mut events: Vec<String> = Vec::new();
    {
        let g = Guard { out: &mut events, name: "g1" };
        tick("in g1").await;
        g.out.push("work".to_string());
    }
    for i in 0..k {
        let g = Guard { out: &mut events, name: "loop" };
        if ready("cond", i).await == 1 { drop(g); tick("dropped").await; continue; }
        g.out.push(format!("i{i}"));
    }
    let n = events.len() as i64;
    log(events.join(","));
    n
}
pub struct Guard<'a> { out: &'a mut Vec<String>, name: &'static str }
impl Drop for Guard<'_> {
    fn drop(&mut self) { log(format!("guard drop {}", self.name)); self.out.push(format!("end {}", self.name)); }
}
