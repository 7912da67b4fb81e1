// args:
// (item 9): a temporary inside an awaited call's arguments.
fn f() -> i64 {
    let n: i64 = 3;
    ready("r", format!("{n}\n").as_bytes().len() as i64).await
}
