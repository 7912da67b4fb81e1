// args: 3
// `let Msg::Data(t, n) = msg else { .. }` on messages from an awaited queue; the else arm awaits and continues.
fn f(k: i64) -> i64 {
    let mut acc = 0;
    for i in 0..=k {
        let msg = ready("recv", if i % 2 == 0 { Msg::Data(Tracked::new("payload"), i) } else { Msg::Ping }).await;
        let Msg::Data(t, n) = msg else {
            tick("pong").await;
            continue;
        };
        tick("handle").await;
        acc += t.len() * 10 + n;
    }
    acc
}
pub enum Msg { Data(Tracked, i64), Ping }
