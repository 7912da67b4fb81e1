// args: 2
// Pub/sub: topics in a BTreeMap<String, Vec<Sub>>, publish awaits each delivery, unsubscribe via retain.
fn f(k: i64) -> i64 {
    let mut bus = Bus { topics: BTreeMap::new() };
    bus.subscribe("news", Sub { id: 1, _t: Tracked::new("s1") });
    bus.subscribe("news", Sub { id: 2, _t: Tracked::new("s2") });
    bus.subscribe("sport", Sub { id: 3, _t: Tracked::new("s3") });
    let mut delivered = bus.publish("news", k).await;
    bus.topics.get_mut("news").unwrap().retain(|s| s.id != 1);
    tick("retained").await;
    delivered += bus.publish("news", k + 1).await;
    delivered += bus.publish("missing", 0).await;
    let sport = bus.topics.remove("sport");
    tick("removed").await;
    delivered * 10 + sport.map_or(0, |v| v.len() as i64)
}
use std::collections::BTreeMap;
pub struct Sub { id: i64, _t: Tracked }
pub struct Bus { topics: BTreeMap<String, Vec<Sub>> }
impl Bus {
    fn subscribe(&mut self, topic: &str, s: Sub) {
        self.topics.entry(topic.to_string()).or_default().push(s);
    }
    #[co] fn publish(&self, topic: &str, msg: i64) -> i64 {
        let Some(subs) = self.topics.get(topic) else { tick("nobody").await; return 0; };
        let mut n = 0;
        for s in subs {
            n += ready("deliver", s.id * msg).await;
        }
        n
    }
}
