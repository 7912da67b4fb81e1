// args: 1
// `if k > 5 && weigh(&Tracked::new("t"), 1).await > 3`: with k = 1 the temporary is never made (lazy `&&`).
fn f(k: i64) -> i64 {
    if k > 5 && weigh(&Tracked::new("t"), 1).await > 3 {
        log("then");
        1
    } else {
        log("else");
        2
    }
}
