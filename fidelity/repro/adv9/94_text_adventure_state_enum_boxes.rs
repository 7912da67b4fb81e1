// args: 3
// A text-adventure loop: Room enum with Box<Room> exits, commands from a slice, state replaced with mem::replace.
fn f(k: i64) -> i64 {
    let mut here = Room::Hall(Tracked::new("hall"));
    let cmds = ["north", "look", "south", "north", "north"];
    let mut score = 0;
    for cmd in cmds.iter().take(k as usize + 2) {
        let prev = std::mem::replace(&mut here, Room::Void);
        here = match (prev, *cmd) {
            (Room::Hall(t), "north") => { tick("walk").await; drop(t); Room::Library(Box::new(Room::Hall(Tracked::new("hall2"))), ready("books", 3).await) }
            (Room::Library(back, n), "south") => { score += n; *back }
            (Room::Library(back, n), "north") => { score += 100; Room::Library(back, n + 1) }
            (r, other) => { log(format!("cannot {other}")); r }
        };
    }
    score + match here { Room::Library(_, n) => n, Room::Hall(_) => -1, Room::Void => -2 }
}
pub enum Room { Void, Hall(Tracked), Library(Box<Room>, i64) }
