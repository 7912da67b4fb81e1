// args: 7
// Exclusive range patterns and inline const patterns on an awaited scrutinee, in a loop with a labelled break.
fn f(k: i64) -> i64 {
    let mut acc = Vec::new();
    'outer: for step in 0..4 {
        let _s = Tracked::new("step");
        let code = ready("code", k * step).await;
        let cls = match code {
            0 => "zero",
            1..10 => { tick("small").await; "small" }
            10..20 if step > 1 => "teen-late",
            10..20 => "teen",
            21 => break 'outer,
            _ => "big",
        };
        acc.push(Tracked::new(cls));
    }
    acc.iter().map(|t| t.len()).sum::<i64>() + acc.len() as i64
}
