// args:
// INI-style config parser: `let Some((k, v)) = line.split_once('=') else { continue };`, `strip_prefix`, borrowed &str across awaits.
fn f() -> i64 {
    let text = String::from("[main]\nport=80\n# c\nname = web\nbad line\n[extra]\nx=1");
    let mut section = "";
    let mut score = 0;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix('[') {
            section = rest.trim_end_matches(']');
            tick("section").await;
            continue;
        }
        if line.starts_with('#') { continue; }
        let Some((k, v)) = line.split_once('=') else { log(format!("skip {line}")); continue };
        let (k, v) = (k.trim(), v.trim());
        tick("kv").await;
        score = score * 10 + (k.ilen() + v.ilen() + section.ilen()) % 10;
    }
    score
}
