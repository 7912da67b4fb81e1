// args: 3
// An LRU cache with an index-linked list in a Vec (prev/next as Option<usize>), `get` awaiting a loader on miss,
// eviction dropping the evicted Tracked value.
fn f(k: i64) -> i64 {
    let mut c = Lru::new(2);
    let keys = [1i64, 2, 1, 3, 2, 4, 1];
    let mut s = 0;
    for key in keys.iter().take(k as usize + 4) {
        s += c.get(*key).await;
    }
    s * 10 + c.len() as i64
}
pub struct Entry { key: i64, val: Tracked, prev: Option<usize>, next: Option<usize> }
pub struct Lru { cap: usize, slots: Vec<Entry>, head: Option<usize>, tail: Option<usize> }
impl Lru {
    fn new(cap: usize) -> Self { Lru { cap, slots: Vec::new(), head: None, tail: None } }
    fn len(&self) -> usize { self.slots.len() }
    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.slots[i].prev, self.slots[i].next);
        match p { Some(p) => self.slots[p].next = n, None => self.head = n }
        match n { Some(n) => self.slots[n].prev = p, None => self.tail = p }
    }
    fn push_front(&mut self, i: usize) {
        self.slots[i].prev = None;
        self.slots[i].next = self.head;
        if let Some(h) = self.head { self.slots[h].prev = Some(i); }
        self.head = Some(i);
        if self.tail.is_none() { self.tail = Some(i); }
    }
    #[co] fn get(&mut self, key: i64) -> i64 {
        if let Some(i) = self.slots.iter().position(|e| e.key == key) {
            self.unlink(i);
            self.push_front(i);
            return self.slots[i].val.len();
        }
        let val = ready("load", Tracked::new(if key % 2 == 0 { "even" } else { "odd" })).await;
        let n = val.len();
        if self.slots.len() == self.cap {
            let t = self.tail.unwrap();
            self.unlink(t);
            log(format!("evict {}", self.slots[t].key));
            self.slots[t] = Entry { key, val, prev: None, next: None };
            self.push_front(t);
        } else {
            self.slots.push(Entry { key, val, prev: None, next: None });
            let i = self.slots.len() - 1;
            self.push_front(i);
        }
        n * 100
    }
}
