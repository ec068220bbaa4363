//! Folders as inputs: a lazy, sorted, recursive walk that names what it could not read.
//!
//! Batch mode must account for every input, so an unreadable folder is not skipped quietly: the
//! walk yields an error for it and goes on. Hidden entries (`.git`, `.DS_Store`) and one excluded
//! path (the batch's own output file) are left out; symbolic links to folders are not followed,
//! so a link loop cannot make the walk endless. Entries come in byte order of their names, so two
//! runs over the same folder see the same order, which `--resume` relies on.

use std::path::{Path, PathBuf};

use crate::error::{Error, Stage};

/// A lazy recursive walk over a folder, yielding files.
///
/// # Example
/// ```
/// let dir = std::env::temp_dir().join(format!("tinbai-walk-doc-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("b")).unwrap();
/// std::fs::write(dir.join("b/2.html"), "x").unwrap();
/// std::fs::write(dir.join("1.html"), "x").unwrap();
/// std::fs::write(dir.join(".hidden"), "x").unwrap();
/// let files: Vec<_> = tinbai::source::Walk::new(&dir, None).map(|f| f.unwrap()).collect();
/// assert_eq!(files, [dir.join("1.html"), dir.join("b/2.html")]);
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
#[derive(Debug)]
pub struct Walk {
    /// Entries still to visit, per folder level, in reverse order (the next one last).
    stack: Vec<Vec<PathBuf>>,
    exclude: Option<PathBuf>,
}

impl Walk {
    /// Walks `root`, leaving out `exclude` (compared after resolving both paths).
    pub fn new(root: &Path, exclude: Option<&Path>) -> Walk {
        Walk {
            stack: vec![vec![root.to_path_buf()]],
            exclude: exclude.and_then(|p| p.canonicalize().ok()),
        }
    }

    fn is_excluded(&self, path: &Path) -> bool {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.') && n != "." && n != "..");
        hidden
            || self
                .exclude
                .as_ref()
                .is_some_and(|ex| path.canonicalize().ok().as_ref() == Some(ex))
    }

    /// Lists a folder's entries, sorted, reversed so that `pop` gives the first.
    fn list(dir: &Path) -> Result<Vec<PathBuf>, Error> {
        let err = |e: std::io::Error| {
            Error::new(
                dir.display().to_string(),
                Stage::Source,
                format!("cannot read the folder: {e}"),
            )
        };
        let mut entries = std::fs::read_dir(dir)
            .map_err(err)?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<Vec<_>>>()
            .map_err(err)?;
        entries.sort_unstable_by(|a, b| b.as_os_str().cmp(a.as_os_str()));
        Ok(entries)
    }
}

impl Iterator for Walk {
    type Item = Result<PathBuf, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let level = self.stack.last_mut()?;
            let Some(path) = level.pop() else {
                self.stack.pop();
                continue;
            };
            let is_root = self.stack.len() == 1;
            if !is_root && self.is_excluded(&path) {
                continue;
            }
            let link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() && (is_root || !link) => match Walk::list(&path) {
                    Ok(entries) => self.stack.push(entries),
                    Err(e) => return Some(Err(e)),
                },
                Ok(m) if m.is_dir() => continue,
                Ok(_) => return Some(Ok(path)),
                Err(e) => {
                    let cause = format!("cannot read: {e}");
                    return Some(Err(Error::new(
                        path.display().to_string(),
                        Stage::Source,
                        cause,
                    )));
                }
            }
        }
    }
}
