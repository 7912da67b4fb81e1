// args: 3
// A connection handler: an enum state machine driven by awaited frames, with an error enum and `?`.
fn f(k: i64) -> Result<i64, ConnError> {
    let mut st = State::Handshake { tries: 0 };
    let mut conn = Conn { log: Vec::new(), _sock: Tracked::new("sock") };
    let mut served = 0;
    loop {
        st = match st {
            State::Handshake { tries } if tries > 2 => return Err(ConnError::Timeout(Tracked::new("to"))),
            State::Handshake { tries } => {
                if conn.recv(tries + k).await? == 0 { State::Handshake { tries: tries + 1 } } else { State::Ready(Tracked::new("session")) }
            }
            State::Ready(sess) => {
                let n = conn.recv(served).await?;
                served += n + 1;
                if served > 4 { State::Closing(sess, served) } else { State::Ready(sess) }
            }
            State::Closing(sess, n) => {
                conn.log.push(format!("close {} {n}", sess.name()));
                drop(sess);
                tick("fin").await;
                break;
            }
        };
    }
    Ok(served + conn.log.len() as i64)
}
enum State { Handshake { tries: i64 }, Ready(Tracked), Closing(Tracked, i64) }
#[derive(Debug)]
pub enum ConnError { Timeout(Tracked), Reset(i64) }
struct Conn { log: Vec<String>, _sock: Tracked }
impl Conn {
    #[co] fn recv(&mut self, n: i64) -> Result<i64, ConnError> {
        let v = ready("recv", n).await;
        self.log.push(format!("recv {v}"));
        if v == 99 { Err(ConnError::Reset(v)) } else { Ok(v % 3) }
    }
}
