// args:
// An asyncio chat-server port: rooms map, clients with ids, broadcast loop with awaits.
fn f() -> Result<i64, String> {
    use std::collections::BTreeMap;
    let mut rooms: BTreeMap<String, Vec<Client>> = BTreeMap::new();
    for (i, room) in ["lobby", "dev", "lobby"].iter().enumerate() {
        let c = Client { id: i as i64, conn: Tracked::new("conn") };
        join(&mut rooms, room, c).await;
    }
    let mut delivered = 0;
    for (room, clients) in rooms.iter() {
        for c in clients {
            delivered += send(c, &format!("hello {room}")).await?;
        }
    }
    let removed = rooms.remove("dev").map(|v| v.len()).unwrap_or(0);
    tick("close").await;
    Ok(delivered * 10 + removed as i64)
}

pub struct Client { id: i64, conn: Tracked }
#[co] fn join(rooms: &mut std::collections::BTreeMap<String, Vec<Client>>, room: &str, c: Client) {
    tick("join").await;
    rooms.entry(room.to_string()).or_default().push(c);
}
#[co] fn send(c: &Client, msg: &str) -> Result<i64, String> {
    tick("send").await;
    if c.conn.name().is_empty() { Err("closed".into()) } else { Ok(msg.len() as i64 + c.id) }
}
