// args: 2
// An enum with #[co] methods matching on self (&self, &mut self, self), transitions in place.
fn f(k: i64) -> i64 {
    let mut c = Conn::Closed;
    let mut n = 0;
    for _ in 0..k + 2 {
        n += c.advance().await;
        n += c.describe().await;
    }
    n * 10 + c.finish().await
}
pub enum Conn { Closed, Opening(Tracked), Open { sess: Tracked, sent: i64 } }
impl Conn {
    #[co] fn advance(&mut self) -> i64 {
        match self {
            Conn::Closed => { tick("open").await; *self = Conn::Opening(Tracked::new("opening")); 1 }
            Conn::Opening(_) => {
                let old = std::mem::replace(self, Conn::Closed);
                let Conn::Opening(t) = old else { unreachable!() };
                tick(t.name()).await;
                *self = Conn::Open { sess: Tracked::new("sess"), sent: 0 };
                2
            }
            Conn::Open { sent, .. } => { *sent += ready("send", 1).await; 3 }
        }
    }
    #[co] fn describe(&self) -> i64 {
        tick("desc").await;
        match self { Conn::Closed => 0, Conn::Opening(t) => t.len(), Conn::Open { sess, sent } => sess.len() + sent }
    }
    #[co] fn finish(self) -> i64 {
        tick("fin").await;
        match self { Conn::Open { sent, .. } => sent, _ => -1 }
    }
}
