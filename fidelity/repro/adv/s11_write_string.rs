// args:
// std::fmt::Write into a String, write! with awaited operands, matches!.
fn f() -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let t = Tracked::new("w");
    write!(out, "{}:", t.name()).unwrap();
    for i in 0..3 {
        write!(out, "{}", ready("n", i).await).unwrap();
        if matches!(ready("m", i).await, 1 | 2) {
            out.push('!');
        }
    }
    writeln!(out, " {}", ready("end", t.len()).await).unwrap();
    out
}
