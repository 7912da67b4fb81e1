// args: 2
// asyncio pub/sub port: a BTreeMap of topic -> subscriber queues; publish awaits per subscriber; unsubscribe mid-way.

fn f(k: i64) -> i64 {
    let mut bus: std::collections::BTreeMap<&'static str, Vec<Sub>> = std::collections::BTreeMap::new();
    bus.entry("news").or_default().push(Sub { name: Tracked::new("alice"), inbox: vec![] });
    bus.entry("news").or_default().push(Sub { name: Tracked::new("bob"), inbox: vec![] });
    bus.entry("ops").or_default().push(Sub { name: Tracked::new("carol"), inbox: vec![] });
    for round in 0..k {
        for (topic, subs) in bus.iter_mut() {
            for s in subs.iter_mut() {
                let msg = ready("deliver", round * 10 + topic.len() as i64).await;
                s.inbox.push(msg);
            }
        }
        if round == 0 {
            let gone = bus.get_mut("news").unwrap().remove(0);
            log(format!("unsub {}", gone.name.name()));
            tick("after-unsub").await;
        }
    }
    bus.values().flatten().map(|s| s.inbox.iter().sum::<i64>()).sum()
}
struct Sub { name: Tracked, inbox: Vec<i64> }
