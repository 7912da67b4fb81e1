// args: 2
// asyncio chat-room port: members in Rc<RefCell<Vec<Member>>>, broadcast awaits per member with the list borrowed
// only outside awaits (clone names first), a member leaves mid-broadcast.
fn f(k: i64) -> i64 {
    let room = std::rc::Rc::new(std::cell::RefCell::new(vec![
        Member { name: "ann", inbox: vec![], _t: Tracked::new("ann") },
        Member { name: "bo", inbox: vec![], _t: Tracked::new("bo") },
        Member { name: "cy", inbox: vec![], _t: Tracked::new("cy") },
    ]));
    for msg_id in 0..k {
        let names: Vec<&'static str> = room.borrow().iter().map(|m| m.name).collect();
        for name in names {
            let delivered = ready("send", msg_id * 10 + name.len() as i64).await;
            if let Some(m) = room.borrow_mut().iter_mut().find(|m| m.name == name) { m.inbox.push(delivered); }
            if name == "bo" && msg_id == 0 {
                let gone = room.borrow_mut().remove(1);
                log(format!("left {}", gone.name));
            }
        }
    }
    let total = room.borrow().iter().map(|m| m.inbox.iter().sum::<i64>()).sum::<i64>();
    total + room.borrow().len() as i64
}
pub struct Member { name: &'static str, inbox: Vec<i64>, _t: Tracked }
