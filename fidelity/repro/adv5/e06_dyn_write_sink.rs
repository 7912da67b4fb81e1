// args:
// A coroutine writing into &mut dyn std::fmt::Write and &mut impl Write, with awaits between writes.
fn f() -> Result<i64, std::fmt::Error> {
    let mut out = String::new();
    render(&mut out, &[1, 2, 3]).await?;
    let mut other = String::new();
    render_generic(&mut other, "hdr").await?;
    tick("end").await;
    log(format!("{out}|{other}"));
    Ok((out.len() + other.len()) as i64)
}

#[co] fn render(w: &mut dyn std::fmt::Write, items: &[i64]) -> std::fmt::Result {
    for (i, it) in items.iter().enumerate() {
        let v = ready("item", *it * 10).await;
        write!(w, "{}{}", if i > 0 { "," } else { "" }, v)?;
    }
    Ok(())
}
#[co] fn render_generic<W: std::fmt::Write>(w: &mut W, header: &str) -> std::fmt::Result {
    let _t = Tracked::new("rg");
    writeln!(w, "# {header}")?;
    tick("rg").await;
    w.write_str("body")
}
