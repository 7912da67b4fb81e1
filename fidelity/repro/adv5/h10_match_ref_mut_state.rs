// args:
// match on &mut of a local enum with awaits in arms mutating the payload in place; then the enum read.
fn f() -> i64 {
    let mut st = Phase::Counting { n: 0, t: Tracked::new("count") };
    for _ in 0..3 {
        match &mut st {
            Phase::Counting { n: count, t: tag } => {
                *count += ready("inc", tag.len()).await;
                if *count > 10 {
                    st = Phase::Done(Tracked::new("done"));
                }
            }
            Phase::Done(t) => {
                tick("done").await;
                log(t.name());
            }
        }
    }
    let st = st; // documented rewrite (limit 3): move a homed binding out first
    match st {
        Phase::Counting { n, .. } => n,
        Phase::Done(t) => t.len() * 100,
    }
}

pub enum Phase { Counting { n: i64, t: Tracked }, Done(Tracked) }
