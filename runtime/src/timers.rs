//! The timer structure: a 4-ary min-heap of compact entries over a slab.
//!
//! Heap entries are `(deadline, sequence number, slot)`, 24 bytes: the
//! deadline is stored as nanoseconds since the structure's `base` instant
//! (a `u64`, enough for 584 years; earlier deadlines clamp to 0, later ones
//! to the maximum, both harmless: a clamped deadline is due or never). The
//! entries are ordered by `(deadline, sequence number)`; the sequence number
//! grows with every insertion, so timers with equal deadlines fire in the
//! order they were armed (FIFO), which keeps `sleep`s of equal length in
//! spawn order, as in asyncio. Deadlines keep full nanosecond precision.
//!
//! The heap is 4-ary (children of `i` at `4i+1..=4i+4`): half the depth of
//! a binary heap, and the four children of a node share one or two cache
//! lines, which is what `pop` spends its time on with 100,000 timers.
//!
//! The wakers live in a slab (`slots`), indexed by the heap entry, so the
//! heap moves only plain data; slots and heap storage are reused, so arming
//! a timer allocates nothing once the loop has warmed up.
//!
//! Cancelling a timer (dropping a `Sleep` before it fired) is O(1): removal
//! frees the slot and leaves a stale heap entry behind. A heap entry is live
//! only if its slot still holds the same sequence number, so stale entries
//! are skipped when they surface, and the heap is compacted when they
//! outnumber live ones.
//!
//! Disarming a timer that already fired is O(1) without touching its slot
//! (which may be freed or reused): entries leave the heap in
//! `(deadline, sequence)` order, so a key at or below the last entry popped
//! (`popped`) is known to be gone.
//!
//! Invariant: a timer's waker is woken only once `now >= deadline`. `Sleep`
//! re-checks the clock itself as well, so a sleep never completes early even
//! if the OS wakes the loop a little before the deadline.

use std::num::NonZeroU64;
use std::task::Waker;
use std::time::{Duration, Instant};

/// A handle to an armed timer, returned by [`Timers::insert`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimerKey {
    /// The deadline in the heap's units (nanoseconds since `base`).
    at: u64,
    seq: NonZeroU64,
    slot: u32,
}

/// One heap entry, ordered by `(at, seq)` (see [`Entry::key`]); `seq` is
/// unique, so the slot never decides.
#[derive(Clone, Copy, Debug)]
struct Entry {
    at: u64,
    seq: u64,
    slot: u32,
}

struct Slot {
    /// The sequence number of the timer occupying the slot (below
    /// `FREE`); for a free slot, `FREE | next free slot` (an intrusive free
    /// list, so freeing never grows a vector).
    seq: u64,
    waker: Option<Waker>,
}

/// Tags a free slot's `seq`; sequence numbers stay below it.
const FREE: u64 = 1 << 63;
/// The end of the free list.
const NIL: u32 = u32::MAX;

const ARITY: usize = 4;

/// All armed timers of one loop.
pub(crate) struct Timers {
    base: Instant,
    heap: Vec<Entry>,
    slots: Vec<Slot>,
    /// The first free slot, or `NIL`.
    free_head: u32,
    /// Number of armed timers.
    armed: usize,
    next_seq: u64,
    /// Heap entries whose timer was removed before it fired.
    stale: usize,
    /// `(at, seq)` of the last entry popped off the heap (fired or stale).
    popped: (u64, u64),
}

impl Default for Timers {
    fn default() -> Self {
        Timers {
            base: Instant::now(),
            heap: Vec::new(),
            slots: Vec::new(),
            free_head: NIL,
            armed: 0,
            next_seq: 0,
            stale: 0,
            popped: (0, 0),
        }
    }
}

impl Timers {
    /// `instant` in the heap's units, clamped to `u64`.
    fn ticks(&self, instant: Instant) -> u64 {
        let nanos = instant.saturating_duration_since(self.base).as_nanos();
        u64::try_from(nanos).unwrap_or(u64::MAX)
    }

    fn instant(&self, at: u64) -> Instant {
        self.base
            .checked_add(Duration::from_nanos(at))
            .unwrap_or(self.base + Duration::from_secs(60 * 60 * 24 * 365 * 30))
    }

    /// Arms a timer that wakes `waker` at `deadline`.
    pub(crate) fn insert(&mut self, deadline: Instant, waker: Waker) -> TimerKey {
        self.next_seq += 1;
        let seq = self.next_seq;
        assert!(seq < FREE, "timer sequence numbers exhausted");
        self.armed += 1;
        let slot = if self.free_head != NIL {
            let slot = self.free_head;
            let s = &mut self.slots[slot as usize];
            // The low bits of a free slot's `seq` link to the next one.
            self.free_head = (s.seq & !FREE) as u32;
            s.seq = seq;
            s.waker = Some(waker);
            slot
        } else {
            let slot = u32::try_from(self.slots.len())
                .ok()
                .filter(|&s| s != NIL)
                .expect("too many timers");
            reserve_one(&mut self.slots);
            self.slots.push(Slot {
                seq,
                waker: Some(waker),
            });
            slot
        };
        // Never below the last entry popped, so `has_popped` is exact: a
        // deadline that early is due anyway (the loop's clock has passed it).
        let at = self.ticks(deadline).max(self.popped.0);
        reserve_one(&mut self.heap);
        self.push(Entry { at, seq, slot });
        TimerKey {
            at,
            seq: NonZeroU64::new(seq).expect("sequence numbers start at 1"),
            slot,
        }
    }

    /// Replaces the waker of a still-armed timer (a task moved the `Sleep`
    /// to another task, or was polled with a different waker).
    pub(crate) fn update_waker(&mut self, key: TimerKey, waker: &Waker) {
        if let Some(slot) = self.live_slot(key) {
            match &mut slot.waker {
                Some(old) if old.will_wake(waker) => {}
                other => *other = Some(waker.clone()),
            }
        }
    }

    /// Disarms a timer; a no-op if it already fired (without touching its
    /// slot then).
    pub(crate) fn remove(&mut self, key: TimerKey) {
        if self.has_popped(key) {
            return;
        }
        if self.live_slot(key).is_some() {
            self.free(key.slot);
            self.stale += 1;
            if self.stale > 64 && self.stale > self.heap.len() / 2 {
                self.compact();
            }
        }
    }

    /// Whether the timer is still armed (has not fired, was not removed).
    pub(crate) fn is_armed(&self, key: TimerKey) -> bool {
        !self.has_popped(key)
            && self
                .slots
                .get(key.slot as usize)
                .is_some_and(|s| s.seq == key.seq.get())
    }

    /// The earliest live deadline, dropping stale entries on the way.
    pub(crate) fn next_deadline(&mut self) -> Option<Instant> {
        while let Some(&top) = self.heap.first() {
            if self.slots[top.slot as usize].seq == top.seq {
                return Some(self.instant(top.at));
            }
            self.pop();
            self.stale -= 1;
        }
        None
    }

    /// Disarms every timer due at `now` and moves its waker into `due`, in
    /// deadline order (FIFO among equal deadlines).
    pub(crate) fn expire(&mut self, now: Instant, due: &mut Vec<Waker>) {
        let now = self.ticks(now);
        while let Some(&top) = self.heap.first() {
            if top.at > now {
                break;
            }
            self.pop();
            let slot = &mut self.slots[top.slot as usize];
            if slot.seq != top.seq {
                self.stale -= 1;
                continue;
            }
            if let Some(waker) = slot.waker.take() {
                due.push(waker);
            }
            self.free(top.slot);
        }
    }

    /// Number of armed timers.
    pub(crate) fn len(&self) -> usize {
        self.armed
    }

    /// Whether the timer left the heap: it fired, unless it was removed
    /// first. O(1), touching no slot.
    pub(crate) fn has_fired(&self, key: TimerKey) -> bool {
        self.has_popped(key)
    }

    fn has_popped(&self, key: TimerKey) -> bool {
        (key.at, key.seq.get()) <= self.popped
    }

    fn live_slot(&mut self, key: TimerKey) -> Option<&mut Slot> {
        self.slots
            .get_mut(key.slot as usize)
            .filter(|s| s.seq == key.seq.get())
    }

    fn free(&mut self, slot: u32) {
        let s = &mut self.slots[slot as usize];
        s.seq = FREE | u64::from(self.free_head);
        s.waker = None;
        self.free_head = slot;
        self.armed -= 1;
    }

    /// Drops the stale entries and rebuilds the heap (O(n)).
    fn compact(&mut self) {
        let slots = &self.slots;
        self.heap.retain(|e| slots[e.slot as usize].seq == e.seq);
        self.stale = 0;
        let n = self.heap.len();
        if n > 1 {
            for i in (0..=(n - 2) / ARITY).rev() {
                self.sift_down(i);
            }
        }
    }

    fn push(&mut self, entry: Entry) {
        let mut i = self.heap.len();
        self.heap.push(entry);
        let heap = &mut self.heap[..];
        // Sift up with a hole: move parents down until `entry` fits.
        while i > 0 {
            let parent = (i - 1) / ARITY;
            if heap[parent].key() <= entry.key() {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = entry;
    }

    /// Removes the root (the heap is not empty) and records it in `popped`.
    ///
    /// Bottom-up: the hole left by the root sinks along the smallest
    /// children to a leaf, then the last entry (usually a late deadline)
    /// rises from there, which saves a comparison per level.
    fn pop(&mut self) {
        let top = self.heap[0];
        self.popped = (top.at, top.seq);
        let last = self.heap.pop().expect("pop on an empty heap");
        let heap = &mut self.heap[..];
        let n = heap.len();
        if n == 0 {
            return;
        }
        let mut i = 0;
        loop {
            let first = ARITY * i + 1;
            if first >= n {
                break;
            }
            let child = min_child(heap, first);
            heap[i] = heap[child];
            i = child;
        }
        while i > 0 {
            let parent = (i - 1) / ARITY;
            if heap[parent].key() <= last.key() {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = last;
    }

    fn sift_down(&mut self, mut i: usize) {
        let heap = &mut self.heap[..];
        let n = heap.len();
        let entry = heap[i];
        loop {
            let first = ARITY * i + 1;
            if first >= n {
                break;
            }
            let child = min_child(heap, first);
            if entry.key() <= heap[child].key() {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = entry;
    }
}

/// Makes room for one more element, growing 4x at a time from 256: each
/// reallocation of a large block costs glibc a consolidation of its free
/// lists (measured: ~6% of 100,000 timers with doubling), so fewer, larger
/// steps.
fn reserve_one<T>(v: &mut Vec<T>) {
    if v.len() == v.capacity() {
        v.reserve_exact(v.len().max(256) * 3);
    }
}

impl Entry {
    /// `(at, seq)` as one integer: one branch-free comparison.
    #[inline]
    fn key(&self) -> u128 {
        (u128::from(self.at) << 64) | u128::from(self.seq)
    }
}

/// The index of the smallest of the children starting at `first` (which
/// exists).
#[inline]
fn min_child(heap: &[Entry], first: usize) -> usize {
    if let Some(four) = heap.get(first..first + ARITY) {
        // A full set of children: a two-round tournament.
        let a = if four[1].key() < four[0].key() { 1 } else { 0 };
        let b = if four[3].key() < four[2].key() { 3 } else { 2 };
        return first + if four[b].key() < four[a].key() { b } else { a };
    }
    let mut child = first;
    for c in first + 1..heap.len() {
        if heap[c].key() < heap[child].key() {
            child = c;
        }
    }
    child
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::task::Waker;
    use std::time::Duration;

    #[test]
    fn fires_in_deadline_then_insertion_order() {
        let mut timers = Timers::default();
        let t0 = Instant::now();
        let later = timers.insert(t0 + Duration::from_millis(20), Waker::noop().clone());
        let first = timers.insert(t0 + Duration::from_millis(10), Waker::noop().clone());
        let second = timers.insert(t0 + Duration::from_millis(10), Waker::noop().clone());
        assert_eq!(timers.next_deadline(), Some(t0 + Duration::from_millis(10)));
        let mut due = Vec::new();
        timers.expire(t0 + Duration::from_millis(15), &mut due);
        assert_eq!(due.len(), 2);
        assert!(!timers.is_armed(first) && !timers.is_armed(second));
        assert!(timers.is_armed(later));
        timers.remove(later);
        assert_eq!(timers.next_deadline(), None);
        assert_eq!(timers.len(), 0);
    }

    #[test]
    fn removed_timers_do_not_fire_and_slots_are_reused() {
        let mut timers = Timers::default();
        let t0 = Instant::now();
        let keys: Vec<_> = (0..200)
            .map(|i| timers.insert(t0 + Duration::from_millis(i), Waker::noop().clone()))
            .collect();
        for k in &keys[..150] {
            timers.remove(*k);
        }
        let mut due = Vec::new();
        timers.expire(t0 + Duration::from_secs(1), &mut due);
        assert_eq!(due.len(), 50);
        let k = timers.insert(t0, Waker::noop().clone());
        assert!(k.slot < 200);
        assert!(!timers.is_armed(keys[0]));
    }

    /// Pops every entry, returning the sequence numbers in firing order.
    fn drain_order(timers: &mut Timers) -> Vec<u64> {
        let mut order = Vec::new();
        while let Some(&top) = timers.heap.first() {
            timers.pop();
            if timers.slots[top.slot as usize].seq == top.seq {
                order.push(top.seq);
                timers.free(top.slot);
            }
        }
        order
    }

    #[test]
    fn heap_order_matches_a_sort_with_fifo_ties() {
        // Many equal deadlines (only 16 distinct), inserted out of order,
        // with every third removed: the survivors fire sorted by deadline,
        // then by insertion.
        let mut timers = Timers::default();
        let t0 = timers.base;
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        let mut keys = Vec::new();
        for i in 0..5000 {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let d = Duration::from_micros(x % 16);
            let k = timers.insert(t0 + d, Waker::noop().clone());
            if i % 3 == 0 {
                timers.remove(k);
            } else {
                keys.push(k);
            }
        }
        let mut want: Vec<(u64, u64)> = keys.iter().map(|k| (k.at, k.seq.get())).collect();
        want.sort();
        let got = drain_order(&mut timers);
        assert_eq!(got, want.iter().map(|w| w.1).collect::<Vec<_>>());
    }

    #[test]
    fn compaction_keeps_the_order() {
        // Removing most timers compacts the heap (rebuilt bottom-up); the
        // survivors still fire sorted by (deadline, insertion).
        let mut timers = Timers::default();
        let t0 = timers.base;
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        let mut keep = Vec::new();
        for i in 0..3000u64 {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let k = timers.insert(t0 + Duration::from_nanos(x % 5000), Waker::noop().clone());
            if i % 10 == 0 {
                keep.push(k);
            } else {
                timers.remove(k);
            }
        }
        assert!(timers.heap.len() < 3000, "no compaction happened");
        assert_eq!(timers.len(), keep.len());
        let mut want: Vec<(u64, u64)> = keep.iter().map(|k| (k.at, k.seq.get())).collect();
        want.sort();
        let got = drain_order(&mut timers);
        assert_eq!(got, want.iter().map(|w| w.1).collect::<Vec<_>>());
    }

    #[test]
    fn disarm_after_fire_does_not_touch_a_reused_slot() {
        let mut timers = Timers::default();
        let t0 = Instant::now();
        let fired = timers.insert(t0, Waker::noop().clone());
        let mut due = Vec::new();
        timers.expire(t0 + Duration::from_millis(1), &mut due);
        assert_eq!(due.len(), 1);
        // The slot is reused by a new timer ...
        let next = timers.insert(t0 + Duration::from_secs(5), Waker::noop().clone());
        assert_eq!(next.slot, fired.slot);
        // ... which disarming the fired one leaves armed.
        assert!(!timers.is_armed(fired));
        timers.remove(fired);
        assert!(timers.is_armed(next));
        assert_eq!(timers.len(), 1);
        assert_eq!(timers.next_deadline(), Some(t0 + Duration::from_secs(5)));
    }

    #[test]
    fn far_and_past_deadlines_clamp() {
        let mut timers = Timers::default();
        let past = timers.base - Duration::from_millis(1);
        let far = timers.base + Duration::from_secs(60 * 60 * 24 * 365 * 1000);
        let f = timers.insert(far, Waker::noop().clone());
        let p = timers.insert(past, Waker::noop().clone());
        let mut due = Vec::new();
        timers.expire(timers.base, &mut due);
        assert_eq!(due.len(), 1);
        assert!(!timers.is_armed(p) && timers.is_armed(f));
        assert!(timers.next_deadline().unwrap() > timers.base + Duration::from_secs(1));
    }
}
