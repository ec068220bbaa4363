//! The money rules.

use super::super::{Candidate, Scan};

/// Runs the money rules over a text.
pub(super) fn find(_scan: &Scan<'_>, _out: &mut Vec<Candidate>) {}
