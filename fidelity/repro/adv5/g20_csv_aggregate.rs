// args:
// CSV-ish parsing with header lookup, per-column parsing with errors, awaits per row; column stats.
fn f() -> Result<i64, String> {
    let text = fetch().await;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty")?.split(',').collect();
    let qty_col = header.iter().position(|h| *h == "qty").ok_or("no qty")?;
    let mut total = 0;
    let mut bad = 0;
    for (lineno, line) in lines.enumerate() {
        let cols: Vec<&str> = line.split(',').map(str::trim).collect();
        let _row = Tracked::new("row");
        match cols.get(qty_col).map(|c| c.parse::<i64>()) {
            Some(Ok(q)) => total += ready("qty", q).await,
            Some(Err(_)) | None => {
                bad += 1;
                log(format!("bad line {}", lineno + 2));
                tick("bad").await;
            }
        }
    }
    Ok(total * 10 + bad)
}

#[co] fn fetch() -> String {
    tick("fetch").await;
    String::from("name,qty\napple, 3\npear,x\nplum,4\nfig")
}
