// args: 1
// Nested matches on enums with data through references (default binding modes), awaits in arms.
fn f(k: i64) -> i64 {
    let msgs = vec![
        Msg::Req { id: 1, body: Body::Text(Tracked::new("hello")) },
        Msg::Req { id: 2, body: Body::Bin(vec![1, 2, 3]) },
        Msg::Ping(k),
        Msg::Req { id: 3, body: Body::Empty },
        Msg::Close(Some(Tracked::new("reason"))),
    ];
    let mut acc = 0;
    for m in &msgs {
        acc += match m {
            Msg::Req { id, body: Body::Text(t) } => ready("text", *id).await + t.len(),
            Msg::Req { id, body: Body::Bin(b) } if b.len() > 2 => { tick("bin").await; id * 10 + b.len() as i64 }
            Msg::Req { id, .. } => *id,
            Msg::Ping(n) => { let r = ready("pong", n + 1).await; r * 100 }
            Msg::Close(Some(r)) => { tick("close").await; r.len() * 1000 }
            Msg::Close(None) => 0,
        };
    }
    let last = msgs.into_iter().last();
    match last {
        Some(Msg::Close(reason)) => { tick("last").await; acc + reason.map_or(0, |r| r.len()) }
        _ => acc,
    }
}
pub enum Body { Text(Tracked), Bin(Vec<u8>), Empty }
pub enum Msg { Req { id: i64, body: Body }, Ping(i64), Close(Option<Tracked>) }
