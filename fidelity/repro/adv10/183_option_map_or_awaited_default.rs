// args: 2
// Real shapes of min_temporary_receiver_taken_by_value_with_awaited_argument_refused.rs: a config lookup with an
// awaited default (`cfg.get("port").map_or(default_port().await, ..)`) and a fold whose initial value is awaited.
// PASSES here, although the same statements refuse in the min file and in e1-e5 (SUMMARY): the refusal depends on
// the code around the statement.
fn f(k: i64) -> i64 {
    let mut cfg: BTreeMap<&str, String> = BTreeMap::new();
    if k > 1 { cfg.insert("port", "8080".into()); }
    let port = cfg.get("port").map_or(default_port().await, |v| v.parse().unwrap_or(0));
    let weights = vec![1i64, 2, 3];
    let total = weights.iter().map(|w| w * 2).fold(base_weight().await, |a, b| a + b);
    port + total + cfg.len() as i64
}
use std::collections::BTreeMap;
#[co] fn default_port() -> i64 { let _t = Tracked::new("dp"); tick("dp").await; 80 }
#[co] fn base_weight() -> i64 { tick("bw").await; 100 }
