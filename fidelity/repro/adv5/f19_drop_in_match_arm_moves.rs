// args: 2
// A match on an owned enum binding where some arms move the payload out and others don't, with awaits; drop timing.
fn f(n: i64) -> i64 {
    let msg = if n == 0 { Envelope::Empty } else if n == 1 { Envelope::One(Tracked::new("one")) } else { Envelope::Two(Tracked::new("l"), Tracked::new("r")) };
    let kept = Tracked::new("kept");
    let v = match msg {
        Envelope::Empty => 0,
        Envelope::One(t) => {
            tick("one").await;
            t.len()
        }
        Envelope::Two(l, _) => {
            tick("two").await;
            l.len() * 10
        }
    };
    tick("after").await;
    v + kept.len()
}

pub enum Envelope { Empty, One(Tracked), Two(Tracked, Tracked) }
