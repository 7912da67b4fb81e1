//! The loop's task storage: a slab of slots reused across tasks.
//!
//! Each slot carries a generation counter that is bumped when its task is
//! removed, and a [`TaskKey`] names (index, generation); so a key that outlives
//! its task (in a ready queue, in a stale waker) finds nothing instead of the
//! slot's next occupant. Spawning reuses freed slots; polling touches the slab
//! only to move the task's boxed awaitable out and back (no allocation).

use crate::task::{Runnable, TaskMeta};
use crate::waker::{TaskKey, TaskWaker};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

/// A live task as the loop stores it.
pub(crate) struct TaskEntry {
    pub(crate) meta: Rc<dyn TaskMeta>,
    pub(crate) waker: Arc<TaskWaker>,
    /// The awaitable; `None` while the loop is polling it (it is then on the
    /// loop's stack), and always `None` for the main awaitable of `run`, which
    /// lives on `run`'s stack.
    pub(crate) future: Option<Pin<Box<dyn Runnable>>>,
}

struct Slot {
    generation: u32,
    entry: Option<TaskEntry>,
}

/// See the module docs.
#[derive(Default)]
pub(crate) struct TaskSlab {
    slots: Vec<Slot>,
    free: Vec<u32>,
    len: usize,
}

impl TaskSlab {
    /// The key the next [`insert`](TaskSlab::insert) will use.
    pub(crate) fn next_key(&self) -> TaskKey {
        match self.free.last() {
            Some(&index) => TaskKey {
                index,
                generation: self.slots[index as usize].generation,
            },
            None => TaskKey {
                index: u32::try_from(self.slots.len()).expect("too many tasks"),
                generation: 0,
            },
        }
    }

    /// Stores a task under `key`, which must come from [`next_key`](TaskSlab::next_key)
    /// with no insert in between.
    pub(crate) fn insert(&mut self, key: TaskKey, entry: TaskEntry) {
        debug_assert_eq!(key, self.next_key());
        if self.free.pop().is_none() {
            self.slots.push(Slot {
                generation: 0,
                entry: None,
            });
        }
        let slot = &mut self.slots[key.index as usize];
        debug_assert!(slot.entry.is_none());
        slot.entry = Some(entry);
        self.len += 1;
    }

    pub(crate) fn get(&self, key: TaskKey) -> Option<&TaskEntry> {
        self.slots
            .get(key.index as usize)
            .filter(|s| s.generation == key.generation)
            .and_then(|s| s.entry.as_ref())
    }

    pub(crate) fn get_mut(&mut self, key: TaskKey) -> Option<&mut TaskEntry> {
        self.slots
            .get_mut(key.index as usize)
            .filter(|s| s.generation == key.generation)
            .and_then(|s| s.entry.as_mut())
    }

    /// Removes a task; its key (and every copy of it) goes stale.
    pub(crate) fn remove(&mut self, key: TaskKey) -> Option<TaskEntry> {
        let slot = self
            .slots
            .get_mut(key.index as usize)
            .filter(|s| s.generation == key.generation)?;
        let entry = slot.entry.take()?;
        slot.generation = slot.generation.wrapping_add(1);
        self.free.push(key.index);
        self.len -= 1;
        entry.waker.retire();
        Some(entry)
    }

    /// Removes every task (for shutdown), in slot order.
    pub(crate) fn drain(&mut self) -> Vec<TaskEntry> {
        let mut out = Vec::with_capacity(self.len);
        for (index, slot) in self.slots.iter_mut().enumerate() {
            if let Some(entry) = slot.entry.take() {
                slot.generation = slot.generation.wrapping_add(1);
                self.free.push(index as u32);
                entry.waker.retire();
                out.push(entry);
            }
        }
        self.len = 0;
        out
    }

    /// Live tasks, in slot order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &TaskEntry> {
        self.slots.iter().filter_map(|s| s.entry.as_ref())
    }
}
