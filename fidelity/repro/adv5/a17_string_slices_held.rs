// args:
// String slices and char iteration held across awaits; parse::<i64>() with ok(), to_uppercase, chars().rev().
fn f() -> i64 {
    let line = fetch_line().await;
    let trimmed = line.trim();
    let (key, rest) = trimmed.split_once('=').unwrap_or((trimmed, ""));
    let head = &key[..2];
    tick("split").await;
    let nums: Vec<i64> = rest.split(',').filter_map(|p| p.trim().parse::<i64>().ok()).collect();
    let upper = head.to_uppercase();
    let rev: String = key.chars().rev().collect();
    let checksum = ready("sum", nums.iter().sum::<i64>()).await;
    log(format!("{upper} {rev} {checksum}"));
    let first_char = key.chars().next().map(|c| c as i64).unwrap_or(0);
    tick("end").await;
    checksum + first_char + rev.len() as i64
}

#[co] fn fetch_line() -> String {
    let _t = Tracked::new("io");
    tick("read").await;
    String::from("  timeouts = 10, 20, x, 30  ")
}
