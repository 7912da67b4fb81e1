// args:
// A Peekable iterator held across awaits: peek, next_if, next.
fn f() -> i64 {
    let v = vec![1i64, 1, 2, 3, 3, 3];
    let mut it = v.iter().peekable();
    let mut groups = 0;
    while let Some(&x) = it.next() {
        let mut run = 1;
        while it.next_if(|&&y| y == x).is_some() {
            run += 1;
        }
        tick("group").await;
        groups += x * run;
        if let Some(&&nx) = it.peek() {
            log(format!("next {nx}"));
        }
    }
    groups
}
