// args: 1
// `let else { tick().await; continue }` inside a loop over parsed lines; Tracked per line; break with a value.
fn f(k: i64) -> i64 {
    let lines = ["a=1", "junk", "b=2", "c=x", "stop", "d=4"];
    let mut it = lines.iter();
    let mut sum = 0;
    let stopped_at = loop {
        let Some(line) = it.next() else { break -1 };
        let _l = Tracked::new("line");
        if *line == "stop" { break sum; }
        let Some((key, val)) = line.split_once('=') else { tick("skip").await; continue };
        let Ok(n) = val.parse::<i64>() else { log(format!("bad {key}")); ready("bad", 0).await; continue };
        sum += n * k + key.len() as i64;
    };
    stopped_at * 10 + it.count() as i64
}
