//! The attribute's arguments: `#[coro::coroutine]` takes none yet.

use proc_macro2::TokenStream;

pub fn parse(args: TokenStream) -> Result<(), syn::Error> {
    if args.is_empty() {
        return Ok(());
    }
    Err(syn::Error::new_spanned(
        args,
        "unknown argument: #[coro::coroutine] takes no arguments",
    ))
}
