// args: 2
// Closures inside the body using `?`, `return`, and a labelled loop whose label matches an outer one, called after awaits.
fn f(k: i64) -> Result<i64, String> {
    let parse = |s: &str| -> Result<i64, String> { let n: i64 = s.parse().map_err(|_| format!("bad {s}"))?; Ok(n * 2) };
    let first_big = |v: &[i64]| -> Option<i64> {
        'outer: for &x in v {
            for d in 2..x { if x % d == 0 { continue 'outer; } }
            if x > 3 { return Some(x); }
        }
        None
    };
    let mut acc = Vec::new();
    'outer: for s in ["4", "x", "7"] {
        let _t = Tracked::new("s");
        match ready("p", parse(s)).await {
            Ok(n) => acc.push(n),
            Err(e) if k > 1 => { log(e); continue 'outer; }
            Err(e) => return Err(e),
        }
    }
    let prime = first_big(&acc).unwrap_or(-1);
    tick("end").await;
    Ok(prime + parse(&k.to_string())?)
}
