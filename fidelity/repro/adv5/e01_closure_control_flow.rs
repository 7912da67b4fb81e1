// args:
// Closures containing return, ?, loops with break/continue, and labelled blocks, used between awaits.
fn f() -> i64 {
    let classify = |x: i64| -> &'static str {
        if x < 0 {
            return "neg";
        }
        for d in 2..x {
            if x % d == 0 {
                return "composite";
            }
        }
        "prime-ish"
    };
    let parse = |s: &str| -> Result<i64, String> {
        let n = s.trim().parse::<i64>().map_err(|e| e.to_string())?;
        Ok(n * 2)
    };
    let first_big = |v: &[i64]| 'found: {
        for &x in v {
            if x > 10 {
                break 'found Some(x);
            }
        }
        None
    };
    let mut out = 0;
    for s in [" 7", "x", "9 ", "-3"] {
        let r = parse(s);
        tick("parsed").await;
        match r {
            Ok(n) => {
                log(classify(ready("n", n / 2).await));
                out += n;
            }
            Err(e) => log(e),
        }
    }
    let big = first_big(&[1, 20, 30]).unwrap_or(0);
    tick("end").await;
    out + big
}
