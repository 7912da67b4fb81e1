// args:
// Chunked stream parsing: bytes arrive in `chunks(5)`, a String buffer accumulates, complete lines are split off and parsed after awaits.
fn f() -> i64 {
    let data = b"10\n20\nab\n3\n45\n6";
    let mut buf = String::new();
    let mut total = 0;
    let mut bad = 0;
    for chunk in data.chunks(5) {
        let got = ready("read", chunk.to_vec()).await;
        buf.push_str(std::str::from_utf8(&got).unwrap());
        while let Some(pos) = buf.find('\n') {
            let line: String = buf.drain(..=pos).collect();
            match line.trim().parse::<i64>() {
                Ok(n) => total += ready("parse", n).await,
                Err(_) => { bad += 1; tick("bad").await; }
            }
        }
    }
    if !buf.is_empty() { total += buf.parse::<i64>().unwrap_or(0); }
    total * 10 + bad
}
