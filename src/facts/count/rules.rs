//! The count rules.

use super::super::{Candidate, Scan};

/// Runs the count rules over a text.
pub(super) fn find(_scan: &Scan<'_>, _out: &mut Vec<Candidate>) {}
