// args: 2
// `continue` inside a match scrutinee, `break` with a value inside a guard block, awaits in arms and scrutinee.
fn f(k: i64) -> i64 {
    let mut n = 0;
    let r = loop {
        n += 1;
        let _t = Tracked::new("turn");
        let v = match (if n % 3 == 0 { continue } else { ready("s", n * k).await }) {
            x if { if x > 9 { break x * 10; } x > 4 } => ready("hi", x).await,
            x => x,
        };
        log(format!("v {v}"));
        if n > 10 { break -1; }
    };
    r + n
}
