// args: vec!["1", "2", "x", "4"]
// ? inside for loop over parsed inputs; labelled break with Err.
fn f(inputs: Vec<&'static str>) -> Result<i64, String> {
    let guard = Tracked::new("g");
    let mut sum = 0;
    let res: Result<(), String> = 'outer: {
        for s in &inputs {
            let n: i64 = match ready("parse", s.parse::<i64>()).await {
                Ok(n) => n,
                Err(e) => break 'outer Err(format!("bad {s}: {e}")),
            };
            sum += n;
        }
        Ok(())
    };
    tick("after").await;
    res?;
    Ok(sum + guard.len())
}
