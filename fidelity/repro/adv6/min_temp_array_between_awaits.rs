// args:
// MIN (refusal, documented: limit 2, a temporary the awaitable borrows "between two `.await`s" is E0505/E0716 at the attribute):
// `tick(..).await` then `count(&[n]).await` in one expression: E0716. Found by 08_method_on_field_of_self.rs (`self.conn.send(m).await + self.send_all(&[m]).await`).
fn f() -> i64 {
    let n = 1;
    ready("a", 1).await + count(&[n]).await
}
#[co] fn count(s: &[i64]) -> i64 { tick("c").await; s.len() as i64 }
