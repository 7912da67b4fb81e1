// args:
// A polling loop alternating two sources with a budget, early exit when either yields a sentinel; Tracked per poll.
fn f() -> i64 {
    let mut a_src = vec![3i64, 1, 0, 7];
    let mut b_src = vec![5i64, -1];
    let mut budget = 6;
    let mut got = Vec::new();
    let reason = loop {
        if budget == 0 {
            break "budget";
        }
        budget -= 1;
        let _p = Tracked::new("poll");
        let from_a = budget % 2 == 0;
        let src = if from_a { &mut a_src } else { &mut b_src };
        let Some(v) = src.pop() else {
            tick("empty").await;
            continue;
        };
        let v = ready(if from_a { "a" } else { "b" }, v).await;
        if v < 0 {
            break "sentinel";
        }
        got.push(v);
    };
    log(reason);
    got.iter().sum::<i64>() * 10 + budget
}
