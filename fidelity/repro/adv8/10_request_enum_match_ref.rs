// args:
// Request handler over `enum Req { Get(String), Put(String, Tracked), Del }`, matched through `&req` with guards; map state in HashMap.
fn f() -> i64 {
    use std::collections::HashMap;
    let reqs = vec![Req::Put("a".into(), Tracked::new("va")), Req::Get("a".into()), Req::Get("b".into()), Req::Del, Req::Put("bb".into(), Tracked::new("vb"))];
    let mut store: HashMap<String, i64> = HashMap::new();
    let mut out = 0;
    for req in &reqs {
        let r = match req {
            Req::Get(k) if store.contains_key(k) => ready("get", store[k]).await,
            Req::Get(k) => { tick("miss").await; -(k.ilen()) }
            Req::Put(k, v) => { let n = ready("put", v.len()).await; store.insert(k.clone(), n); n }
            Req::Del => { store.clear(); tick("del").await; 0 }
        };
        out = out * 10 + r;
    }
    out
}
pub enum Req { Get(String), Put(String, Tracked), Del }
