//! Reporting several errors together.

/// All of `errors` as one `syn::Error` (each keeps its span), or `None`.
pub fn combine(errors: impl IntoIterator<Item = syn::Error>) -> Option<syn::Error> {
    errors.into_iter().reduce(|mut all, e| {
        all.combine(e);
        all
    })
}
