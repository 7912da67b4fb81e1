//! The loop's exception handler (asyncio's `loop.set_exception_handler`):
//! what happens to an error nobody can receive, such as a task's panic that
//! was never retrieved. The default prints it on stderr, as asyncio's
//! default handler logs it.

use crate::TaskInfo;
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

/// What an exception handler is told (asyncio's `context` dict).
#[derive(Debug, Clone)]
pub struct ExceptionContext {
    /// What happened ("Task exception was never retrieved", ...).
    pub message: String,
    /// The task concerned, if any.
    pub task: Option<TaskInfo>,
    /// The name of the task's coroutine (its fn), if known.
    pub coroutine: Option<&'static str>,
    /// The panic's message, if a panic is the cause.
    pub panic: Option<String>,
}

type Handler = Rc<dyn Fn(&ExceptionContext)>;

thread_local! {
    static HANDLER: RefCell<Option<Handler>> = const { RefCell::new(None) };
}

/// Sets this thread's exception handler (the loop runs on one thread). A
/// handler that panics is reported by the default instead; it never unwinds
/// into the loop.
pub fn set_exception_handler(handler: impl Fn(&ExceptionContext) + 'static) {
    let handler: Handler = Rc::new(handler);
    HANDLER.with(|cell| *cell.borrow_mut() = Some(handler));
}

/// Restores the default handler, which prints on stderr (asyncio's
/// `set_exception_handler(None)`).
pub fn reset_exception_handler() {
    HANDLER.with(|cell| *cell.borrow_mut() = None);
}

/// Hands `context` to the handler (the default prints it).
pub(crate) fn report(context: ExceptionContext) {
    let handler = HANDLER.with(|cell| cell.borrow().clone());
    match handler {
        Some(handler) => {
            if let Err(payload) = catch_unwind(AssertUnwindSafe(|| handler(&context))) {
                print_default(&context);
                eprintln!(
                    "coro: the exception handler panicked: {}",
                    crate::task::panic_message(&*payload)
                );
                // The payload's own destructor may panic too; that one is lost.
                if let Err(again) = catch_unwind(AssertUnwindSafe(move || drop(payload))) {
                    std::mem::forget(again);
                }
            }
        }
        None => print_default(&context),
    }
}

/// asyncio's default handler: the message, then the task and the panic.
fn print_default(context: &ExceptionContext) {
    let mut text = format!("coro: {}", context.message);
    if let Some(task) = &context.task {
        let coroutine = context.coroutine.unwrap_or("?");
        text.push_str(&format!(
            "\ntask: <Task name='{}' coro={coroutine}>",
            task.name()
        ));
    }
    if let Some(panic) = &context.panic {
        text.push_str(&format!("\npanic: {panic}"));
    }
    eprintln!("{text}");
}
