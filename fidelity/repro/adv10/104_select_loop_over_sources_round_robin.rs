// args: 3
// A select-like loop over several sources (VecDeque per source), round-robin with a `'outer` label and break values.
fn f(k: i64) -> i64 {
    let mut sources: Vec<VecDeque<Tracked>> = vec![
        (0..k).map(|_| Tracked::new("s0")).collect(),
        VecDeque::new(),
        (0..2).map(|_| Tracked::new("s2")).collect(),
    ];
    let mut got = 0;
    let reason = 'outer: loop {
        let mut any = false;
        for (i, src) in sources.iter_mut().enumerate() {
            if let Some(item) = src.pop_front() {
                any = true;
                got += ready("recv", item.len() + i as i64).await;
                if got > 20 { break 'outer Tracked::new("limit"); }
            }
        }
        if !any { break Tracked::new("drained"); }
        tick("round").await;
    };
    got * 10 + reason.len()
}
use std::collections::VecDeque;
