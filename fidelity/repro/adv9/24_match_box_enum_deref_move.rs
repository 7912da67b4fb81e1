// args: 2
// match on `*boxed` moving a Tracked out of a Box<enum>; the rest of the box drops; awaits in arms.
fn f(k: i64) -> i64 {
    let mut total = 0;
    for i in 0..3 {
        let b: Box<Msg> = Box::new(if i == 0 { Msg::Text(Tracked::new("t")) } else if i == 1 { Msg::Pair(Tracked::new("p1"), Tracked::new("p2")) } else { Msg::Quit });
        total += match *b {
            Msg::Text(t) => { tick("text").await; take(t) }
            Msg::Pair(x, _) => ready("pair", x.len() + k).await,
            Msg::Quit => { log("quit"); -1 }
        };
    }
    total
}
enum Msg { Text(Tracked), Pair(Tracked, Tracked), Quit }
