//! The loop's task storage: a slab of slots reused across tasks.
//!
//! Each slot carries a generation counter that is bumped when its task is
//! removed, and a [`TaskKey`] names (index, generation); so a key that outlives
//! its task (in a ready queue, in a stale waker) finds nothing instead of the
//! slot's next occupant. Spawning reuses freed slots; polling touches the slab
//! only to flag the task busy and back (no allocation). Free slots form an
//! intrusive list (each names the next), so removing a task never grows a
//! vector: a growing free list used to cost glibc a consolidation of its
//! free chunks at every reallocation (measured in the timers benchmark).

use crate::task::TaskMeta;
use crate::waker::{TaskKey, TaskWaker};
use std::rc::Rc;
use std::sync::Arc;

/// A live task as the loop stores it.
pub(crate) struct TaskEntry {
    /// The task: header, awaitable and result, in one allocation.
    pub(crate) meta: Rc<dyn TaskMeta>,
    pub(crate) waker: Arc<TaskWaker>,
    /// The awaitable is on a stack right now: the loop is polling it, or it
    /// is the main awaitable of `run` (always). Such a task is not dropped
    /// by a cancel; the loop does it when the resume returns.
    pub(crate) busy: bool,
    /// The task's context ([`crate::contextvars`]) is known to be empty:
    /// the loop then skips the context swap around its resumes while the
    /// thread's current context is empty too (`Executor::poll_task`). Kept
    /// here, on the line the loop touches anyway, so that a task which never
    /// uses a variable costs no access to its header's context.
    pub(crate) context_empty: bool,
}

struct Slot {
    generation: u32,
    /// For a free slot, the next free slot (or `NIL`).
    next_free: u32,
    entry: Option<TaskEntry>,
}

/// The end of the free list.
const NIL: u32 = u32::MAX;

/// See the module docs.
pub(crate) struct TaskSlab {
    slots: Vec<Slot>,
    /// The first free slot, or `NIL`.
    free_head: u32,
    len: usize,
}

impl Default for TaskSlab {
    fn default() -> Self {
        TaskSlab {
            slots: Vec::new(),
            free_head: NIL,
            len: 0,
        }
    }
}

impl TaskSlab {
    /// The key the next [`insert`](TaskSlab::insert) will use.
    pub(crate) fn next_key(&self) -> TaskKey {
        if self.free_head != NIL {
            let index = self.free_head;
            return TaskKey {
                index,
                generation: self.slots[index as usize].generation,
            };
        }
        TaskKey {
            index: u32::try_from(self.slots.len())
                .ok()
                .filter(|&i| i != NIL)
                .expect("too many tasks"),
            generation: 0,
        }
    }

    /// Stores a task under `key`, which must come from [`next_key`](TaskSlab::next_key)
    /// with no insert in between.
    pub(crate) fn insert(&mut self, key: TaskKey, entry: TaskEntry) {
        debug_assert_eq!(key, self.next_key());
        if self.free_head != NIL {
            let slot = &mut self.slots[key.index as usize];
            self.free_head = slot.next_free;
            debug_assert!(slot.entry.is_none());
            slot.entry = Some(entry);
        } else {
            self.slots.push(Slot {
                generation: 0,
                next_free: NIL,
                entry: Some(entry),
            });
        }
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
        slot.next_free = self.free_head;
        self.free_head = key.index;
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
                slot.next_free = self.free_head;
                self.free_head = index as u32;
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
