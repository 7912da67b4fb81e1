//! The timer structure: a binary min-heap of deadlines.
//!
//! Entries are ordered by `(deadline, sequence number)`. The sequence number
//! grows with every insertion, so timers with equal deadlines fire in the order
//! they were armed (FIFO), which keeps `sleep`s of equal length in spawn
//! order, as in asyncio.
//!
//! Cancelling a timer (dropping a `Sleep` before it fired) is O(1): the
//! waker lives in a slot of `slots`, indexed by the heap entry; removal frees
//! the slot and leaves a stale heap entry behind. A heap entry is live only if
//! its slot still holds the same sequence number, so stale entries are skipped
//! when they surface, and the heap is compacted when they outnumber live ones.
//!
//! Invariant: a timer's waker is woken only once `now >= deadline`. `Sleep`
//! re-checks the clock itself as well, so a sleep never completes early even
//! if the OS wakes the loop a little before the deadline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::task::Waker;
use std::time::Instant;

/// A handle to an armed timer, returned by [`Timers::insert`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimerKey {
    slot: u32,
    seq: u64,
}

struct Slot {
    /// The sequence number of the timer occupying the slot; 0 = free.
    seq: u64,
    waker: Option<Waker>,
}

/// All armed timers of one loop.
#[derive(Default)]
pub(crate) struct Timers {
    heap: BinaryHeap<Reverse<(Instant, u64, u32)>>,
    slots: Vec<Slot>,
    free_slots: Vec<u32>,
    next_seq: u64,
    /// Heap entries whose timer was removed before it fired.
    stale: usize,
}

impl Timers {
    /// Arms a timer that wakes `waker` at `deadline`.
    pub(crate) fn insert(&mut self, deadline: Instant, waker: Waker) -> TimerKey {
        self.next_seq += 1;
        let seq = self.next_seq;
        let slot = match self.free_slots.pop() {
            Some(slot) => {
                self.slots[slot as usize] = Slot {
                    seq,
                    waker: Some(waker),
                };
                slot
            }
            None => {
                let slot = u32::try_from(self.slots.len()).expect("too many timers");
                self.slots.push(Slot {
                    seq,
                    waker: Some(waker),
                });
                slot
            }
        };
        self.heap.push(Reverse((deadline, seq, slot)));
        TimerKey { slot, seq }
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

    /// Disarms a timer; a no-op if it already fired.
    pub(crate) fn remove(&mut self, key: TimerKey) {
        if self.live_slot(key).is_some() {
            self.free(key.slot);
            self.stale += 1;
            if self.stale > 64 && self.stale > self.heap.len() / 2 {
                let slots = &self.slots;
                self.heap
                    .retain(|Reverse((_, seq, slot))| slots[*slot as usize].seq == *seq);
                self.stale = 0;
            }
        }
    }

    /// Whether the timer is still armed (has not fired, was not removed).
    pub(crate) fn is_armed(&self, key: TimerKey) -> bool {
        self.slots
            .get(key.slot as usize)
            .is_some_and(|s| s.seq == key.seq)
    }

    /// The earliest live deadline, dropping stale entries on the way.
    pub(crate) fn next_deadline(&mut self) -> Option<Instant> {
        while let Some(Reverse((deadline, seq, slot))) = self.heap.peek().copied() {
            if self.slots[slot as usize].seq == seq {
                return Some(deadline);
            }
            self.heap.pop();
            self.stale -= 1;
        }
        None
    }

    /// Disarms every timer due at `now` and moves its waker into `due`, in
    /// deadline order (FIFO among equal deadlines).
    pub(crate) fn expire(&mut self, now: Instant, due: &mut Vec<Waker>) {
        while let Some(Reverse((deadline, seq, slot))) = self.heap.peek().copied() {
            if deadline > now {
                break;
            }
            self.heap.pop();
            if self.slots[slot as usize].seq != seq {
                self.stale -= 1;
                continue;
            }
            if let Some(waker) = self.slots[slot as usize].waker.take() {
                due.push(waker);
            }
            self.free(slot);
        }
    }

    /// Number of armed timers.
    pub(crate) fn len(&self) -> usize {
        self.slots.len() - self.free_slots.len()
    }

    fn live_slot(&mut self, key: TimerKey) -> Option<&mut Slot> {
        self.slots
            .get_mut(key.slot as usize)
            .filter(|s| s.seq == key.seq)
    }

    fn free(&mut self, slot: u32) {
        self.slots[slot as usize] = Slot {
            seq: 0,
            waker: None,
        };
        self.free_slots.push(slot);
    }
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
}
