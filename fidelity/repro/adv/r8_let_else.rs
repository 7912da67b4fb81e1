// args: Some(String::from("12"))
// let .. else, if let .. else, early returns and shadowing.
fn f(input: Option<String>) -> i64 {
    let g = Tracked::new("g");
    let Some(s) = input else {
        tick("none").await;
        return -1;
    };
    let s = s.trim().to_string();
    tick("a").await;
    let Ok(n) = s.parse::<i64>() else {
        log("bad");
        return -2;
    };
    let n = if let Some(x) = ready("r", n.checked_mul(2)).await {
        x
    } else {
        tick("overflow").await;
        0
    };
    let n = n + g.len();
    n
}
