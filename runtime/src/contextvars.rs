//! Task-local values: Python's `contextvars` ([`ContextVar`], [`Context`],
//! [`copy_context`]).
//!
//! Every task runs in its own [`Context`], a copy of the context that was
//! current where it was spawned (asyncio's `create_task` copies the context),
//! so a [`ContextVar::set`] in a task is seen by that task and by the tasks it
//! spawns afterwards, never by its parent or siblings. Outside tasks (before
//! `run`, in `call_soon_threadsafe` jobs) the thread's own context is current.
//!
//! A context is an immutable map behind an `Rc`: copying one is a reference
//! count, and `set` copies the map once (asyncio's HAMT makes that cheap for
//! large contexts; contexts hold a handful of variables in practice). The
//! loop makes a task's context current around each resume
//! ([`enter`]/[`Entered`]), so the cost of a task that never touches a
//! variable is two pointer swaps per resume.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

thread_local! {
    /// The context of the code running on this thread right now.
    static CURRENT: RefCell<Context> = RefCell::new(Context::default());
}

/// Distinguishes variables; 0 means "not numbered yet" (`ContextVar::new` is
/// `const`, so the number is taken at first use).
static NEXT_VAR_ID: AtomicU64 = AtomicU64::new(1);

/// A snapshot of context variables' values (Python's `contextvars.Context`).
///
/// Get the current one with [`copy_context`]; run code in one with
/// [`Context::run`]. Cloning is cheap (a reference count).
#[derive(Clone, Default)]
pub struct Context {
    /// `None` for the empty context, so that making and swapping contexts
    /// of tasks that use no variable never allocates.
    values: Option<Rc<HashMap<u64, Rc<dyn Any>>>>,
}

impl Context {
    /// The value of `var` in this context, if it was set.
    pub fn get<T: Clone + 'static>(&self, var: &ContextVar<T>) -> Option<T> {
        self.value(var.id())
            .and_then(|value| value.downcast_ref::<T>())
            .cloned()
    }

    fn value(&self, id: u64) -> Option<&Rc<dyn Any>> {
        self.values.as_ref()?.get(&id)
    }

    /// The number of variables set in this context.
    pub fn len(&self) -> usize {
        self.values.as_ref().map_or(0, |values| values.len())
    }

    /// True when no variable is set in this context.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs `f` with this context as the current one and keeps the changes
    /// `f` makes (Python's `Context.run`); the previous context is current
    /// again afterwards, also if `f` panics. A `Context` is a value here,
    /// not an object with an identity, so Python's "cannot enter context:
    /// already entered" has no equivalent: running a clone twice nested is
    /// allowed, and the inner run's changes stay in the inner clone.
    pub fn run<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let cell = RefCell::new(std::mem::take(self));
        let result = {
            let _entered = enter(&cell);
            f()
        };
        *self = cell.into_inner();
        result
    }

    fn with_value(&self, id: u64, value: Option<Rc<dyn Any>>) -> Context {
        let mut values = self.values.as_deref().cloned().unwrap_or_default();
        match value {
            Some(value) => values.insert(id, value),
            None => values.remove(&id),
        };
        Context {
            values: (!values.is_empty()).then(|| Rc::new(values)),
        }
    }
}

impl fmt::Debug for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Context").field("len", &self.len()).finish()
    }
}

/// A copy of the current context (Python's `contextvars.copy_context()`).
pub fn copy_context() -> Context {
    CURRENT.with_borrow(Context::clone)
}

/// Makes the context in `slot` current until the returned guard drops; the
/// guard then stores the (possibly changed) context back into `slot` and
/// restores the one that was current before. The loop wraps each resume of a
/// task in this.
///
/// While the thread's locals are torn down (a loop shut down by a
/// thread-local's destructor drops its tasks through this) there is no
/// current context: the guard then does nothing.
pub(crate) fn enter(slot: &RefCell<Context>) -> Entered<'_> {
    let previous = CURRENT
        .try_with(|current| {
            std::mem::replace(
                &mut *current.borrow_mut(),
                std::mem::take(&mut *slot.borrow_mut()),
            )
        })
        .ok();
    Entered { slot, previous }
}

/// True when no variable is set in the current context (the loop's test for
/// skipping [`enter`] around a task whose context is empty too).
pub(crate) fn current_is_empty() -> bool {
    CURRENT.with_borrow(|current| current.values.is_none())
}

/// What the loop uses instead of [`enter`] when the task's context (in
/// `slot`) and the current one are both empty: nothing is swapped now; when
/// the guard drops (also when unwinding), a context the task made current
/// by setting a variable is moved into `slot`, the empty one is current
/// again, and `set` is raised.
pub(crate) fn enter_empty<'a>(slot: &'a RefCell<Context>, set: &'a Cell<bool>) -> EnteredEmpty<'a> {
    debug_assert!(current_is_empty() && slot.borrow().is_empty());
    EnteredEmpty { slot, set }
}

/// See [`enter_empty`].
pub(crate) struct EnteredEmpty<'a> {
    slot: &'a RefCell<Context>,
    set: &'a Cell<bool>,
}

impl Drop for EnteredEmpty<'_> {
    fn drop(&mut self) {
        // `try_with`: a thread-local being torn down has nothing to restore.
        let _ = CURRENT.try_with(|current| {
            let mut current = current.borrow_mut();
            if current.values.is_some() {
                *self.slot.borrow_mut() = std::mem::take(&mut *current);
                self.set.set(true);
            }
        });
    }
}

/// See [`enter`].
pub(crate) struct Entered<'a> {
    slot: &'a RefCell<Context>,
    /// `None` if nothing was entered.
    previous: Option<Context>,
}

impl Drop for Entered<'_> {
    fn drop(&mut self) {
        let Some(previous) = self.previous.take() else {
            return;
        };
        // `try_with`: a thread-local being torn down has nothing to restore.
        let _ = CURRENT.try_with(|current| {
            *self.slot.borrow_mut() = std::mem::replace(&mut *current.borrow_mut(), previous);
        });
    }
}

/// A context variable (Python's `contextvars.ContextVar`): a value per task,
/// inherited by the tasks a task spawns.
///
/// Declare it once, usually as a `static`:
///
/// ```
/// use coro_runtime::contextvars::ContextVar;
/// use coro_runtime::{from_future, into_future, run, sleep, spawn};
///
/// static REQUEST_ID: ContextVar<u64> = ContextVar::new("request_id");
///
/// async fn handle(id: u64) -> u64 {
///     REQUEST_ID.set(id);
///     into_future(sleep(std::time::Duration::ZERO)).await; // other tasks run meanwhile
///     REQUEST_ID.get().unwrap() // still this task's value
/// }
///
/// let (a, b) = run(from_future(async {
///     let a = spawn(from_future(handle(1)));
///     let b = spawn(from_future(handle(2)));
///     (into_future(a).await.unwrap(), into_future(b).await.unwrap())
/// }));
/// assert_eq!((a, b), (1, 2));
/// assert_eq!(REQUEST_ID.get(), None); // set inside the tasks only
/// ```
///
/// Values are cloned out by [`get`](ContextVar::get); share big values
/// through an `Rc`.
pub struct ContextVar<T> {
    name: &'static str,
    id: AtomicU64,
    _value: PhantomData<fn() -> T>,
}

impl<T: Clone + 'static> ContextVar<T> {
    /// A new variable, unset in every context.
    pub const fn new(name: &'static str) -> Self {
        ContextVar {
            name,
            id: AtomicU64::new(0),
            _value: PhantomData,
        }
    }

    /// The variable's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The value in the current context, or `None` if it is unset there
    /// (Python's `get()` raising `LookupError`).
    pub fn get(&self) -> Option<T> {
        CURRENT.with_borrow(|current| current.get(self))
    }

    /// The value in the current context, or `default` (Python's
    /// `get(default)`).
    pub fn get_or(&self, default: T) -> T {
        self.get().unwrap_or(default)
    }

    /// Sets the value in the current context and returns a [`Token`] that
    /// [`reset`](ContextVar::reset) takes to restore the previous value.
    pub fn set(&self, value: T) -> Token<T> {
        let id = self.id();
        let value: Rc<dyn Any> = Rc::new(value);
        let previous = CURRENT.with_borrow_mut(|current| {
            let previous = current.value(id).cloned();
            *current = current.with_value(id, Some(value));
            previous
        });
        Token {
            var_id: id,
            previous,
            _value: PhantomData,
        }
    }

    /// Restores the value the variable had before the `set` that returned
    /// `token` (unset if it had none).
    ///
    /// # Panics
    /// If `token` was returned by another variable's `set` (Python's
    /// `ValueError`). A token is consumed, so it cannot be used twice.
    pub fn reset(&self, token: Token<T>) {
        let id = self.id();
        assert!(
            token.var_id == id,
            "coro: ContextVar::reset: the token was created by a different ContextVar"
        );
        CURRENT.with_borrow_mut(|current| *current = current.with_value(id, token.previous));
    }

    fn id(&self) -> u64 {
        let id = self.id.load(Ordering::Relaxed);
        if id != 0 {
            return id;
        }
        let fresh = NEXT_VAR_ID.fetch_add(1, Ordering::Relaxed);
        match self
            .id
            .compare_exchange(0, fresh, Ordering::Relaxed, Ordering::Relaxed)
        {
            Ok(_) => fresh,
            Err(taken) => taken, // another thread numbered it first
        }
    }
}

impl<T> fmt::Debug for ContextVar<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContextVar")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// What [`ContextVar::set`] returns: the previous value, for
/// [`ContextVar::reset`].
pub struct Token<T> {
    var_id: u64,
    previous: Option<Rc<dyn Any>>,
    _value: PhantomData<fn() -> T>,
}

impl<T: Clone + 'static> Token<T> {
    /// The value the variable had before the `set` (Python's
    /// `Token.old_value`), or `None` if it was unset.
    pub fn old_value(&self) -> Option<T> {
        self.previous
            .as_ref()
            .and_then(|value| value.downcast_ref::<T>())
            .cloned()
    }
}

impl<T> fmt::Debug for Token<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token").finish_non_exhaustive()
    }
}
