// args:
// A guard in an Option taken inside a call argument mid-statement with an awaited operand after; `Option::take().map(drop)` style.
fn f() -> i64 {
    let mut slot = Some(Tracked::new("slot"));
    let mut other = Some(Tracked::new("other"));
    let n = add3(slot.take().map_or(0, |t| t.len()), ready("mid", 10).await, other.as_ref().map_or(0, |t| t.len()));
    tick("after").await;
    other.take().map(drop);
    tick("end").await;
    n + slot.is_none() as i64
}
