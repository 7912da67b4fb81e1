// args: 3
// `match &mut state` arms binding `&mut` fields, awaiting while the binding is alive, then writing through it.
fn f(k: i64) -> i64 {
    let mut state = Machine::Counting { n: 0, label: Tracked::new("cnt") };
    for _ in 0..k + 1 {
        match &mut state {
            Machine::Counting { n, label } => {
                *n += ready("inc", 1).await;
                log(format!("{} {}", label.name(), n));
                if *n >= 2 { state = Machine::Done(Tracked::new("done")); }
            }
            Machine::Done(t) => { tick(t.name()).await; }
        }
    }
    match state { Machine::Counting { n, .. } => n, Machine::Done(t) => t.len() * 10 }
}
pub enum Machine { Counting { n: i64, label: Tracked }, Done(Tracked) }
