// args:
// A tiny tokenizer/parser over chars().peekable() held across awaits, building numbers and ops.
fn f() -> i64 {
    let src = String::from("12+3*4-5");
    let mut it = src.chars().peekable();
    let mut terms: Vec<i64> = Vec::new();
    let mut ops: Vec<char> = Vec::new();
    while let Some(c) = it.next() {
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap() as i64;
            while let Some(d) = it.peek().and_then(|d| d.to_digit(10)) {
                n = n * 10 + d as i64;
                it.next();
                tick("digit").await;
            }
            terms.push(ready("num", n).await);
        } else {
            ops.push(c);
        }
    }
    let mut acc = terms[0];
    for (op, t) in ops.iter().zip(terms.iter().skip(1)) {
        acc = match op {
            '+' => acc + t,
            '-' => acc - t,
            _ => acc * ready("mul", *t).await,
        };
    }
    acc
}
