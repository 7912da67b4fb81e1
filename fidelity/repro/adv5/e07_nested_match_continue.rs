// args:
// Nested matches inside while-let with continue/break from inner arms after awaits; counters per kind.
fn f() -> i64 {
    let mut msgs = vec![Msg::Data(Tracked::new("d1")), Msg::Ping, Msg::Data(Tracked::new("d22")), Msg::Quit, Msg::Data(Tracked::new("d3"))];
    msgs.reverse();
    let (mut data, mut pings) = (0, 0);
    while let Some(m) = msgs.pop() {
        match m {
            Msg::Ping => {
                pings += 1;
                tick("pong").await;
                continue;
            }
            Msg::Data(t) => match ready("size", t.len()).await {
                n if n > 2 => {
                    let _big = Tracked::new("big");
                    data += n * 10;
                    continue;
                }
                n => data += n,
            },
            Msg::Quit => {
                tick("quit").await;
                break;
            }
        }
        tick("loop-end").await;
    }
    data * 100 + pings + msgs.len() as i64
}

pub enum Msg { Data(Tracked), Ping, Quit }
