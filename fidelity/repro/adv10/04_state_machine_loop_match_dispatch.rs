// args: 2
// `loop { match state { .. } }` dispatch, states carrying Tracked data, transitions computed with awaits.
fn f(k: i64) -> i64 {
    let mut state = St::Idle(k);
    let mut steps = 0;
    let out = loop {
        steps += 1;
        state = match state {
            St::Idle(0) => St::Done(Tracked::new("empty"), 0),
            St::Idle(n) => St::Fetching { left: n, acc: Tracked::new("acc") },
            St::Fetching { left, acc } if left > 0 => {
                let got = ready("chunk", left * 3).await;
                log(format!("got {got} into {}", acc.name()));
                St::Fetching { left: left - 1, acc }
            }
            St::Fetching { acc, .. } => {
                tick("flush").await;
                St::Done(acc, steps)
            }
            St::Done(t, n) => break t.len() * 100 + n,
        };
    };
    out + steps
}
enum St { Idle(i64), Fetching { left: i64, acc: Tracked }, Done(Tracked, i64) }
