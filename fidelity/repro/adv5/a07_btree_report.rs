// args:
// A word-count report: BTreeMap built across awaits, iterated with awaits in the body, write! into a String.
fn f() -> Result<i64, std::fmt::Error> {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    let text = fetch_text().await;
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.trim_matches(',')).or_insert(0) += 1;
    }
    let mut report = String::new();
    let header = Tracked::new("header");
    for (word, n) in &counts {
        let weight = ready("weight", *n * 2).await;
        writeln!(report, "{word}: {n} ({weight})")?;
    }
    write!(report, "{}", header.name())?;
    tick("flush").await;
    log(report.clone());
    Ok(report.len() as i64)
}

#[co] fn fetch_text() -> String {
    tick("fetch").await;
    String::from("the cat, the dog, a cat the end")
}
