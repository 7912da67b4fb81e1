//! Fixed homes for what a coroutine's state machine must not move: locals
//! that are borrowed across a suspension ("slots"), and the sub-awaitable
//! it is suspended on ([`Awaiting`]).
//!
//! This module holds every `unsafe` that self-referential coroutines need.
//! It is support for code that `#[coro::coroutine]` generates and is sound
//! only under the protocol that code follows (ARCHITECTURE.md, "Borrows
//! across a suspension", has the whole argument):
//!
//! 1. A machine with slots is [`PinnedMachine`]: `!Unpin`, resumed only
//!    through `Pin<&mut Self>`, so its slot list never moves once the first
//!    resume could have stored an address into it.
//! 2. A local that is borrowed across a suspension lives in a [`SlotCell`]
//!    of that list from its `let` to the end of its scope; the generated code
//!    holds a [`Local`] for it (a pointer, free to move between variants),
//!    and every mention of the local becomes a place or a read through it.
//! 3. The references the generated code takes into slots have the machine's
//!    lifetime `'h`, which is longer than the truth: rustc's borrow checker
//!    cannot see the machine's borrows. It sees the user's instead: the
//!    macro emits the body, unchanged, as a never-run `async` block, so every
//!    program whose borrows an `async fn` would reject is rejected. The
//!    machine then performs the same accesses, in the same order.
//! 4. Every value that can hold such a reference lives in the state, whose
//!    drop (field by field, in the order an `async fn` drops its locals)
//!    also drops the slots' values through their `Local`s; the slot list
//!    itself has no drop glue, and its memory outlives the state's drop.

use crate::Awaitable;
use std::cell::{Cell, UnsafeCell};
use std::marker::{PhantomData, PhantomPinned};
use std::mem::MaybeUninit;
use std::pin::Pin;
use std::ptr::NonNull;
use std::task::{Context, Poll};

/// The place a slotted local's value occupies. `!Unpin`, so a `&mut Slot<T>`
/// promises no exclusivity beyond what the borrows of `value` themselves
/// promise (as for the fields of any pinned `async fn` state).
pub struct Slot<T> {
    /// The local's value; user code's mentions become `local.slot().value`.
    pub value: T,
    _pinned: PhantomPinned,
}

/// One entry of a machine's slot list: storage for a [`Slot`] and whether
/// it holds a value that still has to be dropped.
pub struct SlotCell<T> {
    slot: UnsafeCell<MaybeUninit<Slot<T>>>,
    owes_drop: Cell<bool>,
}

impl<T> SlotCell<T> {
    /// An empty cell (the local is not declared yet).
    #[inline(always)]
    pub fn empty() -> Self {
        SlotCell {
            slot: UnsafeCell::new(MaybeUninit::uninit()),
            owes_drop: Cell::new(false),
        }
    }
}

/// Builds the slot list `(SlotCell<T0>, (SlotCell<T1>, ()))` of empty cells.
pub trait EmptySlots {
    /// The list with every cell empty.
    fn empty() -> Self;
}

impl EmptySlots for () {
    #[inline(always)]
    fn empty() -> Self {}
}

impl<T, Rest: EmptySlots> EmptySlots for (SlotCell<T>, Rest) {
    #[inline(always)]
    fn empty() -> Self {
        (SlotCell::empty(), Rest::empty())
    }
}

/// The step function's handle on its machine's slot list. Copyable; only a
/// [`PinnedMachine`] makes one, pointing into itself while pinned.
pub struct SlotsPtr<'h, L> {
    list: NonNull<L>,
    _machine: PhantomData<&'h mut L>,
}

impl<L> Clone for SlotsPtr<'_, L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<L> Copy for SlotsPtr<'_, L> {}

impl<'h, T, Rest> SlotsPtr<'h, (SlotCell<T>, Rest)> {
    /// The first cell of the list.
    #[inline(always)]
    pub fn head(self) -> SlotRef<'h, T> {
        // SAFETY: `list` points at a live, pinned slot list (protocol 1);
        // this takes the address of a field, creating no reference.
        let cell = unsafe { &raw mut (*self.list.as_ptr()).0 };
        SlotRef {
            // SAFETY: a field of a non-null pointer is not null.
            cell: unsafe { NonNull::new_unchecked(cell) },
            _machine: PhantomData,
        }
    }

    /// The rest of the list.
    #[inline(always)]
    pub fn tail(self) -> SlotsPtr<'h, Rest> {
        // SAFETY: as for `head`.
        let rest = unsafe { &raw mut (*self.list.as_ptr()).1 };
        SlotsPtr {
            // SAFETY: a field of a non-null pointer is not null.
            list: unsafe { NonNull::new_unchecked(rest) },
            _machine: PhantomData,
        }
    }
}

/// One cell of the slot list, before its local is declared.
pub struct SlotRef<'h, T> {
    cell: NonNull<SlotCell<T>>,
    _machine: PhantomData<&'h mut T>,
}

impl<'h, T> SlotRef<'h, T> {
    /// `let x = value;` for a slotted `x`: moves the value into its home.
    ///
    /// Panics if the cell still holds a value: that would be a bug in the
    /// generated code (a local declared again before its scope ended).
    #[inline]
    pub fn init(self, value: T) -> Local<'h, T> {
        let local = self.declare();
        local.set(value);
        local
    }

    /// `let x;` for a slotted `x`: declared, assigned later.
    #[inline]
    pub fn declare(self) -> Local<'h, T> {
        // SAFETY: the cell is live (protocol 1); `Cell` permits shared access.
        let owes_drop = unsafe { &(*self.cell.as_ptr()).owes_drop };
        assert!(
            !owes_drop.get(),
            "coro: internal error: a borrowed local was declared again while alive"
        );
        Local {
            cell: self.cell,
            _machine: PhantomData,
        }
    }
}

/// A slotted local, as the generated code holds it: a pointer to its home
/// that moves with the state while the value stays put. Dropping it drops
/// the value (if not moved out), so a `Local` declared in a scope drops its
/// value exactly when an `async fn` would drop the local.
pub struct Local<'h, T> {
    cell: NonNull<SlotCell<T>>,
    _machine: PhantomData<&'h mut T>,
}

// SAFETY: a `Local` is the unique owner of the value in its cell (protocol 2)
// and gives access to it like a `&mut T` would; sending or sharing it is
// sending or sharing that access.
unsafe impl<T: Send> Send for Local<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for Local<'_, T> {}

impl<'h, T> Local<'h, T> {
    #[inline(always)]
    fn cell(&self) -> &SlotCell<T> {
        // SAFETY: the cell outlives every `Local` of it: the state holding
        // the `Local` is dropped before the slot list (protocol 4).
        unsafe { self.cell.as_ref() }
    }

    /// The local as a place: a mention `x` becomes `x.slot().value`.
    ///
    /// The returned lifetime is the machine's, not the truth; the never-run
    /// `async` copy of the body is what borrow-checks these accesses
    /// (protocol 3).
    #[inline(always)]
    pub fn slot(&self) -> &'h mut Slot<T> {
        // SAFETY: the cell is pinned and live for as long as any `'h` reference
        // the program holds is used (protocols 1, 3, 4). It holds an
        // initialised value whenever the program reads the local: reading an
        // unassigned or moved-out local is rejected by the borrow check of the
        // `async` copy (E0381, E0382). `Slot<T>` is `!Unpin`, so this
        // `&mut` claims no more exclusivity than the user's own borrows of
        // `value` (which that check validated). A whole assignment `x = v`
        // never comes here (it would drop what an unassigned local never
        // held): the transform writes `assign_local(&x, v)`, in await-free
        // code and after an `.await` alike.
        self.check_not_moved_out();
        unsafe { (*self.cell().slot.get()).assume_init_mut() }
    }

    /// A value with drop glue that was read out (`owes_drop` cleared) is
    /// never reached again in a correct expansion (E0382 in the `async`
    /// copy): a transform bug that did would read freed memory, so it
    /// panics instead. (A value without drop glue may be read again: a
    /// `Copy` read leaves its bytes.) One branch per mention of a homed
    /// value that needs drop.
    #[inline(always)]
    fn check_not_moved_out(&self) {
        if std::mem::needs_drop::<T>() && !self.cell().owes_drop.get() {
            moved_out_of_its_home()
        }
    }

    /// A by-value mention `x` (a move, or a copy for `Copy` types): reads the
    /// value out. The bytes stay, so a `Copy` value can be read again; a
    /// moved non-`Copy` value is never read again (E0382 in the `async` copy)
    /// and no longer dropped by this `Local`.
    #[inline(always)]
    pub fn read(&self) -> T {
        let cell = self.cell();
        // SAFETY: initialised when read (see `slot`); `owes_drop` is cleared so
        // the value is not dropped twice.
        let value = unsafe { std::ptr::read(&(*cell.slot.get()).assume_init_ref().value) };
        cell.owes_drop.set(false);
        value
    }

    /// `x = value`: drops the old value if there is one, then stores, as
    /// Rust's assignment does: the new value is stored even if the old
    /// value's `Drop` panics (the panic then goes on from here, and the local
    /// holds, and later drops, the new value).
    #[inline]
    pub fn set(&self, value: T) {
        /// Stores the new value when dropped: after the old value's drop
        /// returned, or while its panic unwinds through `set`.
        struct Store<'c, T> {
            cell: &'c SlotCell<T>,
            value: std::mem::ManuallyDrop<T>,
        }
        impl<T> Drop for Store<'_, T> {
            #[inline]
            fn drop(&mut self) {
                // SAFETY: `value` is taken exactly once, here.
                let value = unsafe { std::mem::ManuallyDrop::take(&mut self.value) };
                // SAFETY: the slot is pinned and live (protocol 1); its old
                // value, if any, was dropped (or its drop unwound, which ends
                // its life just the same): writing a whole `Slot` reads and
                // drops nothing.
                unsafe {
                    (*self.cell.slot.get()).write(Slot {
                        value,
                        _pinned: PhantomPinned,
                    })
                };
                self.cell.owes_drop.set(true);
            }
        }
        let cell = self.cell();
        let store = Store {
            cell,
            value: std::mem::ManuallyDrop::new(value),
        };
        // Cleared first: if the drop below panics, the old value is not
        // dropped again (the unwinding `Store` then owes the new one's).
        if cell.owes_drop.replace(false) {
            // SAFETY: `owes_drop` said the slot holds a value nobody moved out.
            unsafe { std::ptr::drop_in_place(&mut (*cell.slot.get()).assume_init_mut().value) };
        }
        drop(store);
    }
}

impl<'h, T> Local<'h, T> {
    /// A copy of the local's address for a closure that captures the local
    /// through its home (see [`HomeRef`]).
    #[inline(always)]
    pub fn home_ref(&self) -> HomeRef<'h, T> {
        HomeRef {
            cell: self.cell,
            _machine: PhantomData,
        }
    }
}

/// A slotted local's address, as a closure captures it: a `Copy` pointer
/// that owns nothing (the local's [`Local`] still drops the value). A
/// closure that is not `move` in the user's code, whose captures all have
/// homes, is made `move` over these, so that it is `Copy` where the
/// `async fn`'s closure is, and each use inside it is a fresh access
/// through [`place_ref`], as each mention in the body is one through
/// [`place`] (ARCHITECTURE.md, "Borrows across a suspension").
pub struct HomeRef<'h, T> {
    cell: NonNull<SlotCell<T>>,
    _machine: PhantomData<&'h mut T>,
}

impl<T> Clone for HomeRef<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for HomeRef<'_, T> {}

// SAFETY: a `HomeRef` gives access to the value like a `&mut T`, through
// every copy of it: sending or sharing one is sending or sharing that
// access, so both need `T: Send + Sync` (stricter than the `&T` or `&mut T`
// the `async fn`'s closure holds: a compile error, never a data race).
unsafe impl<T: Send + Sync> Send for HomeRef<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Send + Sync> Sync for HomeRef<'_, T> {}

impl<'h, T> HomeRef<'h, T> {
    /// The local as a place, as [`Local::slot`].
    #[inline(always)]
    pub fn slot(self) -> &'h mut Slot<T> {
        // SAFETY: as for `Local::slot`. The cell is in the machine's pinned
        // slot list, which outlives every value of the state (protocol 4),
        // closures holding a `HomeRef` included. The closure reaches the
        // value only where the `async fn`'s closure uses its capture: the
        // never-run `async` copy proves that is inside the local's scope,
        // with the value initialised and not moved out (E0597, E0505,
        // E0381, E0382), and that no access conflicts with the borrow that
        // closure holds from its creation to its last use (protocol 3). A
        // closure held dead is never called, so never dereferences it.
        // `Slot<T>` is `!Unpin`: this `&mut` claims no exclusivity beyond
        // the borrows of `value` derived from it.
        let cell = unsafe { self.cell.as_ref() };
        // As `Local::check_not_moved_out`.
        if std::mem::needs_drop::<T>() && !cell.owes_drop.get() {
            moved_out_of_its_home()
        }
        // SAFETY: as above.
        unsafe { (*cell.slot.get()).assume_init_mut() }
    }
}

// Out of line: a panic's formatting code kept off every mention's path.
#[cold]
#[inline(never)]
fn moved_out_of_its_home() -> ! {
    panic!(
        "coro: a value was reached in its home after it was moved out (a bug in coro's expansion: please report it with the coroutine's body)"
    )
}

impl<T> Drop for Local<'_, T> {
    fn drop(&mut self) {
        let cell = self.cell();
        if cell.owes_drop.replace(false) {
            // SAFETY: the slot holds a value that was neither moved out nor
            // dropped; after this the cell is empty again.
            unsafe { std::ptr::drop_in_place(&mut (*cell.slot.get()).assume_init_mut().value) };
        }
    }
}

/// A coroutine's state machine with a slot list: the state enum, the slots
/// its locals borrowed across suspensions live in, and the step closure.
/// `!Unpin`: the slots must stay where they are once resumed.
#[must_use = "coroutine was never awaited: `.await` it inside a #[coro::coroutine] or pass it to coro::run"]
pub struct PinnedMachine<'h, S, L: 'h, F> {
    // The state holds the `Local`s (which drop the slots' values, in the
    // order the state's own fields drop) and every reference into the
    // slots; the slot list itself has no drop glue.
    state: S,
    slots: L,
    step: F,
    _machine: PhantomData<&'h ()>,
    _pinned: PhantomPinned,
}

/// Builds a [`PinnedMachine`] with an empty slot list. The bound fixes the
/// closure's signature, `'h` included: the lifetime the machine's references
/// into its slots claim.
pub fn pinned_machine<'h, S, L, T, F>(state: S, step: F) -> PinnedMachine<'h, S, L, F>
where
    L: EmptySlots + 'h,
    F: FnMut(&mut S, SlotsPtr<'h, L>, &mut Context<'_>) -> Poll<T>,
{
    PinnedMachine {
        state,
        slots: L::empty(),
        step,
        _machine: PhantomData,
        _pinned: PhantomPinned,
    }
}

#[diagnostic::do_not_recommend]
impl<'h, S, L: 'h, F, T> Awaitable for PinnedMachine<'h, S, L, F>
where
    F: FnMut(&mut S, SlotsPtr<'h, L>, &mut Context<'_>) -> Poll<T>,
{
    type Output = T;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        // SAFETY: the machine is pinned and never moved from here; `slots` is
        // structurally pinned and only reached through the `SlotsPtr` (protocol
        // 1). The state is structurally pinned only where it holds an
        // `Awaiting` with a value, which the generated code never moves.
        let this = unsafe { self.get_unchecked_mut() };
        let slots = SlotsPtr {
            list: NonNull::from(&mut this.slots),
            _machine: PhantomData,
        };
        (this.step)(&mut this.state, slots, cx)
    }
}

/// The sub-awaitable a state variant is suspended on, polled where it lies.
/// Emptied (its value dropped in place) when it completes, so the variant
/// can then be moved without moving a pinned value.
pub struct Awaiting<A>(Option<A>);

/// Wraps the operand of `.await` for its variant. No bound here: the one
/// error for a value that is not awaitable comes from [`poll_in_place`],
/// whose call the macro spans at the awaited expression.
#[inline(always)]
pub fn awaiting<A>(awaitable: A) -> Awaiting<A> {
    Awaiting(Some(awaitable))
}

/// Polls the awaitable of the current variant in place.
///
/// Panics if it already completed (a bug in the generated code). A panic
/// out of the awaitable leaves it in place; where the variant holds values
/// that may need drop, the generated code polls it inside
/// [`poisoning_on_unwind`], which drops them on the way out as an `async
/// fn`'s unwinding does. Elsewhere a later resume polls the awaitable again
/// (an `async fn` would panic; ARCHITECTURE.md, known limit 11): a landing
/// pad in every await keeps LLVM from fusing a resume loop (BENCHMARKS.md).
#[inline(always)]
pub fn poll_in_place<A: Awaitable>(
    awaiting: &mut Awaiting<A>,
    cx: &mut Context<'_>,
) -> Poll<A::Output> {
    let Some(awaitable) = &mut awaiting.0 else {
        already_completed()
    };
    // SAFETY: an `Awaiting` with a value lives in the state of a machine that
    // is resumed only through `Pin<&mut Self>`, and the generated code moves
    // a variant out of the state only after its `Awaiting` was emptied here
    // (or drops it in place, by cancellation). So the awaitable stays at
    // this address from its first resume until it is dropped.
    let pinned = unsafe { Pin::new_unchecked(awaitable) };
    let out = pinned.resume(cx);
    if out.is_ready() {
        // Drops the finished awaitable in place.
        awaiting.0 = None;
    }
    out
}

/// Runs `step` on the machine's state; if it unwinds (an awaited value
/// panicked while the state was only borrowed), the state becomes
/// `poisoned()` on the way out: the variant's values drop then, in its
/// fields' order (that of a cancellation there), as an `async fn`'s locals
/// drop while its panic unwinds, and resuming again panics ("resumed after
/// panicking"). Dropping the old variant in place is allowed for the pinned
/// awaitable in it (it is dropped where it lies, as `Pin::set` does).
#[inline(always)]
pub fn poisoning_on_unwind<S, R>(
    state: &mut S,
    poisoned: fn() -> S,
    step: impl FnOnce(&mut S) -> R,
) -> R {
    struct PoisonOnUnwind<'s, S> {
        state: &'s mut S,
        poisoned: fn() -> S,
    }
    impl<S> Drop for PoisonOnUnwind<'_, S> {
        fn drop(&mut self) {
            *self.state = (self.poisoned)();
        }
    }
    let guard = PoisonOnUnwind { state, poisoned };
    let out = step(&mut *guard.state);
    std::mem::forget(guard);
    out
}

/// The arm of [`poisoning_on_unwind`]'s step for another variant than the
/// one matched just before: never taken.
#[cold]
#[inline(never)]
pub fn unexpected_variant() -> ! {
    unreachable!("coro: the state changed between matching its variant and polling it")
}

// Out of line: a panic's formatting code inlined into every await's hot
// path made the 1M-await loop 11x slower.
#[cold]
#[inline(never)]
fn already_completed() -> ! {
    panic!(
        "coro: an awaitable polled after it completed (or after dropping it panicked, which poisons the coroutine)"
    )
}

/// The condition of the branch that holds the never-run `async` copy of a
/// body (protocol 3): false, but not a constant to lints.
#[inline(always)]
pub fn never_true() -> bool {
    false
}

/// A value of any type, in a branch that never runs (`never_true`): the
/// value a binding is given after a suspension, where the arm that
/// declared it cannot name it. `if never_true() { x = assigned_later();
/// let _ = &x; }` lets rustc judge the arm's `let mut x = v;` as the
/// `async fn`'s (its value never read, `unused_assignments`), not as an
/// unused variable (`emit/dead_values.rs` in the transform).
pub fn assigned_later<T>() -> T {
    unreachable!("coro: a value only a never-run branch asks for")
}

/// Holds the never-run `async` copy of a body.
#[inline(always)]
pub fn shadow<F: std::future::Future>(body: F) -> F {
    body
}

/// A return value of the never-run `async` copy, coerced to the declared
/// return type (as `return` in an `async fn` is).
#[inline(always)]
pub fn shadow_return<T>(value: T) -> T {
    value
}

/// `.await` on an awaitable inside the never-run `async` copy of a body.
#[inline(always)]
pub fn shadow_await<A: Awaitable>(awaitable: A) -> crate::IntoStdFuture<A> {
    crate::into_future(awaitable)
}

/// A mention of a slotted local as a place: `x` becomes `place(&x).value`
/// (a free function, so rustc need not know the local's type yet).
#[inline(always)]
pub fn place<'h, T>(local: &Local<'h, T>) -> &'h mut Slot<T> {
    local.slot()
}

/// The address a closure made `move` captures a slotted local through:
/// `let cap = home_ref(&x);` before the closure.
#[inline(always)]
pub fn home_ref<'h, T>(local: &Local<'h, T>) -> HomeRef<'h, T> {
    local.home_ref()
}

/// A mention of a slotted local inside such a closure: `x` becomes
/// `place_ref(cap).value`.
#[inline(always)]
pub fn place_ref<'h, T>(home: HomeRef<'h, T>) -> &'h mut Slot<T> {
    home.slot()
}

/// A by-value mention of a slotted local: `x` becomes `read_local(&x)`.
#[inline(always)]
pub fn read_local<T>(local: &Local<'_, T>) -> T {
    local.read()
}

/// `x = value` for a slotted local.
#[inline(always)]
pub fn assign_local<T>(local: &Local<'_, T>, value: T) {
    local.set(value)
}

/// The next value of an async iterator inside the never-run `async` copy
/// of a body (`async_for!`).
#[inline(always)]
///
/// No `Unpin` bound: the machine pins the source on the heap
/// ([`crate::machine::async_iterator`]). The future borrows the source, as
/// the real poll does, and is never polled.
pub fn shadow_next<I: crate::AsyncIterator>(
    source: &mut I,
) -> impl std::future::Future<Output = Option<I::Item>> + '_ {
    let _ = source;
    std::future::pending()
}

/// A machine's state together with a slot list on the heap, for machines
/// that are moved between resumes (generators, and async generators, which
/// their consumer carries between its own variants): the homes keep their
/// addresses when the machine moves. The list is allocated at the first
/// resume and freed after the state is dropped.
pub struct HeapHomes<'h, S, L: 'h> {
    // Dropped by hand, before the slot list it points into (see `Drop`), or
    // earlier by `close`.
    state: std::mem::ManuallyDrop<S>,
    // True once `state` was dropped (by `close`): never touched again.
    closed: bool,
    // Owned; a raw pointer, not a `Box`, so that no retag of a unique `Box`
    // invalidates the references into it that the state holds.
    list: Option<NonNull<L>>,
    _machine: PhantomData<(&'h (), Box<L>)>,
}

impl<'h, S, L: EmptySlots + 'h> HeapHomes<'h, S, L> {
    fn new(state: S) -> Self {
        HeapHomes {
            state: std::mem::ManuallyDrop::new(state),
            closed: false,
            list: None,
            _machine: PhantomData,
        }
    }

    /// Drops the state now (a generator's `close`); the slot list stays
    /// allocated until the homes drop. Idempotent.
    fn close(&mut self) {
        if !self.closed {
            // Set first: if a destructor panics, the state is not dropped
            // again (what was not dropped leaks, as after any panicking drop).
            self.closed = true;
            // SAFETY: the state is dropped once (guarded by `closed`), while
            // the slot list its `Local`s point into is still allocated; it is
            // never read again (`parts` refuses a closed state).
            unsafe { std::mem::ManuallyDrop::drop(&mut self.state) };
        }
    }

    /// The state, and the handle on the slot list for the step closure.
    ///
    /// # Panics
    /// Once closed (the callers check first).
    fn parts(&mut self) -> (&mut S, SlotsPtr<'h, L>) {
        assert!(!self.closed, "coro: generator resumed after close()");
        let list = *self
            .list
            .get_or_insert_with(|| NonNull::from(Box::leak(Box::new(L::empty()))));
        let slots = SlotsPtr {
            list,
            _machine: PhantomData,
        };
        (&mut self.state, slots)
    }
}

impl<'h, S, L: 'h> Drop for HeapHomes<'h, S, L> {
    fn drop(&mut self) {
        // Frees the list after the state, also if a value's `Drop` panics.
        struct FreeList<L>(Option<NonNull<L>>);
        impl<L> Drop for FreeList<L> {
            fn drop(&mut self) {
                if let Some(list) = self.0.take() {
                    // SAFETY: `list` came from `Box::leak` in `parts` and is
                    // freed once, after the state (declared first, dropped
                    // last); nothing points into it any more.
                    drop(unsafe { Box::from_raw(list.as_ptr()) });
                }
            }
        }
        let _free = FreeList(self.list.take());
        if !self.closed {
            // SAFETY: the state is dropped exactly once: here, unless `close`
            // did; its `Local`s drop the slots' values while the slot list is
            // still allocated.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.state) };
        }
    }
}

// SAFETY: the slot list is owned like a `Box<L>` field would be.
unsafe impl<'h, S: Send, L: Send + 'h> Send for HeapHomes<'h, S, L> {}
// SAFETY: as above; `&HeapHomes` gives no access to the slots.
unsafe impl<'h, S: Sync, L: Sync + 'h> Sync for HeapHomes<'h, S, L> {}

/// A generator's state machine with a slot list ([`HeapHomes`]): a
/// generator is an `Iterator`, moved freely between `next` calls.
#[must_use = "generators are lazy and do nothing unless resumed or iterated"]
pub struct BoxedGenMachine<'h, S, L: 'h, F> {
    homes: HeapHomes<'h, S, L>,
    step: F,
    started: bool,
    done: bool,
}

/// Builds a [`BoxedGenMachine`] (the bound fixes the closure's signature,
/// `'h` included).
pub fn boxed_generator_machine<'h, S, L, A, Y, R, F>(
    state: S,
    step: F,
) -> BoxedGenMachine<'h, S, L, F>
where
    L: EmptySlots + 'h,
    F: FnMut(&mut S, SlotsPtr<'h, L>, Option<A>) -> crate::GeneratorState<Y, R>,
{
    BoxedGenMachine {
        homes: HeapHomes::new(state),
        step,
        started: false,
        done: false,
    }
}

impl<'h, S, L: EmptySlots + 'h, F> BoxedGenMachine<'h, S, L, F> {
    fn run<A, Y, R>(&mut self, arg: Option<A>) -> crate::GeneratorState<Y, R>
    where
        F: FnMut(&mut S, SlotsPtr<'h, L>, Option<A>) -> crate::GeneratorState<Y, R>,
    {
        if self.homes.closed {
            crate::machine::generator_resumed_after_close();
        }
        self.started = true;
        let (state, slots) = self.homes.parts();
        let out = (self.step)(state, slots, arg);
        if let crate::GeneratorState::Complete(_) = out {
            self.done = true;
        }
        out
    }
}

#[diagnostic::do_not_recommend]
impl<'h, S, L: EmptySlots + 'h, F, A, Y, R> crate::Generator<A> for BoxedGenMachine<'h, S, L, F>
where
    F: FnMut(&mut S, SlotsPtr<'h, L>, Option<A>) -> crate::GeneratorState<Y, R>,
{
    type Yield = Y;
    type Return = R;
    fn resume(self: Pin<&mut Self>, arg: A) -> crate::GeneratorState<Y, R> {
        // SAFETY: nothing in a `BoxedGenMachine` is structurally pinned: the
        // homes are on the heap, and sub-generators are resumed through
        // `Pin::new` (which needs `Unpin`).
        let this = unsafe { self.get_unchecked_mut() };
        this.run(Some(arg))
    }
    fn start(self: Pin<&mut Self>) -> crate::GeneratorState<Y, R> {
        // SAFETY: as in `resume`.
        let this = unsafe { self.get_unchecked_mut() };
        if this.started {
            crate::machine::generator_started_twice();
        }
        this.run(None)
    }
    fn close(self: Pin<&mut Self>) {
        // SAFETY: as in `resume`.
        let this = unsafe { self.get_unchecked_mut() };
        this.done = true;
        this.homes.close();
    }
}

impl<'h, S, L: EmptySlots + 'h, F, Y> Iterator for BoxedGenMachine<'h, S, L, F>
where
    F: FnMut(&mut S, SlotsPtr<'h, L>, Option<()>) -> crate::GeneratorState<Y, ()>,
{
    type Item = Y;
    fn next(&mut self) -> Option<Y> {
        if self.done {
            return None;
        }
        match self.run(Some(())) {
            crate::GeneratorState::Yielded(v) => Some(v),
            crate::GeneratorState::Complete(()) => None,
        }
    }
}

impl<'h, S, L: EmptySlots + 'h, F, Y> std::iter::FusedIterator for BoxedGenMachine<'h, S, L, F> where
    F: FnMut(&mut S, SlotsPtr<'h, L>, Option<()>) -> crate::GeneratorState<Y, ()>
{
}

/// `yield_!(value)` inside the never-run `async` copy of a generator's body:
/// a suspension that hands out `value` and evaluates to the resume argument.
pub fn shadow_yield<Y, A>(value: Y) -> impl std::future::Future<Output = A> {
    drop(value);
    std::future::pending()
}

/// `yield_from!(inner)` inside the never-run `async` copy of a generator's
/// body: a suspension that evaluates to the inner generator's return value.
pub fn shadow_yield_from<A, G: crate::Generator<A>>(
    inner: G,
) -> impl std::future::Future<Output = G::Return> {
    drop(inner);
    std::future::pending()
}

/// An async generator's state machine with a slot list ([`HeapHomes`]):
/// `async_for!` and `.next().await` carry an async generator between their
/// own variants.
#[must_use = "async generators do nothing unless iterated"]
pub struct BoxedAsyncGenMachine<'h, S, L: 'h, F> {
    homes: HeapHomes<'h, S, L>,
    step: F,
    done: bool,
}

/// Builds a [`BoxedAsyncGenMachine`] (the bound fixes the closure's
/// signature, `'h` included).
pub fn boxed_async_generator_machine<'h, S, L, Y, F>(
    state: S,
    step: F,
) -> BoxedAsyncGenMachine<'h, S, L, F>
where
    L: EmptySlots + 'h,
    F: FnMut(&mut S, SlotsPtr<'h, L>, &mut Context<'_>) -> Poll<Option<Y>>,
{
    BoxedAsyncGenMachine {
        homes: HeapHomes::new(state),
        step,
        done: false,
    }
}

#[diagnostic::do_not_recommend]
impl<'h, S, L: EmptySlots + 'h, F, Y> crate::AsyncIterator for BoxedAsyncGenMachine<'h, S, L, F>
where
    F: FnMut(&mut S, SlotsPtr<'h, L>, &mut Context<'_>) -> Poll<Option<Y>>,
{
    type Item = Y;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Y>> {
        // SAFETY: as for `Machine::resume`: the machine is not moved; only an
        // `Awaiting` holding an awaitable is structurally pinned, and it is
        // never moved. The homes are on the heap.
        let this = unsafe { self.get_unchecked_mut() };
        if this.done {
            return Poll::Ready(None);
        }
        let (state, slots) = this.homes.parts();
        let out = (this.step)(state, slots, cx);
        if let Poll::Ready(None) = out {
            this.done = true;
        }
        out
    }

    fn close(self: Pin<&mut Self>) {
        // SAFETY: as in `poll_next`. The state (and a pinned `Awaiting` in
        // it) is dropped where it lies by `HeapHomes::close`, which pinning
        // allows, and never touched again (`done` is set first).
        let this = unsafe { self.get_unchecked_mut() };
        this.done = true;
        this.homes.close();
    }
}
