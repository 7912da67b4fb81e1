// args: 3
// `let (head, tail) = v.split_at(n)`, `s.split_once(',')`, `v.iter().partition` of refs, held across awaits.
fn f(k: i64) -> i64 {
    let v: Vec<Tracked> = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc"), Tracked::new("dddd")];
    let (head, tail) = v.split_at(k.min(4) as usize);
    tick("split").await;
    let h: i64 = head.iter().map(|t| t.len()).sum();
    let s = String::from("key,value");
    let (key, val) = s.split_once(',').unwrap();
    let (short, long): (Vec<&Tracked>, Vec<&Tracked>) = v.iter().partition(|t| t.name().len() < 3);
    tick("part").await;
    h * 1000 + tail.len() as i64 * 100 + (key.len() + val.len()) as i64 + short.len() as i64 * 10 + long.len() as i64
}
