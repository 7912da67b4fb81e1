// args:
// Shadowing across awaits inside loops and match arms with the same names.
fn f() -> i64 {
    let x = Tracked::new("x1");
    let mut total = 0;
    for i in 0..2 {
        let x = Tracked::new("x-loop");
        tick("l").await;
        let x = x.len() + i;
        total += x;
    }
    let x = match Some(x) {
        Some(x) => {
            tick("m").await;
            let x = x.len();
            x * 2
        }
        None => 0,
    };
    let total = total + x;
    tick("end").await;
    total
}
