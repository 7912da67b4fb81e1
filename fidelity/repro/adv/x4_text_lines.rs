// args: String::from("alpha 1\nbeta 22\n\ngamma 333")
// Text processing over lines/char_indices/bytes with awaits per line.
fn f(text: String) -> i64 {
    let mut total = 0;
    for (no, line) in text.lines().enumerate() {
        if line.is_empty() {
            continue;
        }
        let Some((word, num)) = line.split_once(' ') else { continue };
        let n: i64 = num.parse().unwrap_or(0);
        total += ready("line", n).await * (no as i64 + 1) + word.len() as i64;
    }
    let upper_at: Vec<usize> = text.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
    let bytes = text.bytes().filter(|b| *b == b'a').count();
    tick("end").await;
    total + upper_at.len() as i64 + bytes as i64
}
