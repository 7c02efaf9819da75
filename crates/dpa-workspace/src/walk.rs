//! Which files a run lints: the files named on the command line, and the DPA files found in the
//! directories named there.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ignore::WalkBuilder;

use crate::input::{InputError, InputErrorKind, InputKind};

/// A file to lint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: PathBuf,
    /// Named on the command line rather than found in a directory.
    pub explicit: bool,
}

/// The outcome of walking the command-line paths.
#[derive(Debug, Default)]
pub struct Walk {
    /// Sorted by path, each file once.
    pub inputs: Vec<Input>,
    /// Directories or entries met while walking that could not be read.
    pub unreadable: Vec<InputError>,
}

/// Collect the inputs under `paths`. A named file is always linted, whatever its extension; in
/// a directory, `*.dpa` and `*.dpa.md` files are (plus `*.md`, `*.txt` and `*.docx` with
/// `prose`), skipping hidden files and what `.gitignore` / `.ignore` files exclude.
///
/// Fails when a named path does not exist or cannot be opened: the user asked for it.
pub fn walk(paths: &[PathBuf], prose: bool) -> Result<Walk, InputError> {
    let mut walk = Walk::default();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|error| InputError::from_io(path, &error))?;
        if !metadata.is_dir() {
            walk.inputs.push(Input { path: path.clone(), explicit: true });
            continue;
        }
        // `require_git(false)`: a contracts folder is often not a git checkout, and its
        // `.gitignore` should still count.
        let walker = WalkBuilder::new(path).require_git(false).sort_by_file_name(|a, b| a.cmp(b)).build();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                    if is_file && wanted(entry.path(), prose) {
                        walk.inputs.push(Input { path: entry.into_path(), explicit: false });
                    }
                }
                Err(error) => walk.unreadable.push(walk_error(path, &error)),
            }
        }
    }
    walk.inputs = linted_once(walk.inputs);
    walk.unreadable.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(walk)
}

/// Sorted by path, each file once: named twice, or reached through `./`, `..` or a symlink
/// (`check contracts ./contracts`), a file is still one input, explicit if any spelling was.
fn linted_once(mut inputs: Vec<Input>) -> Vec<Input> {
    inputs.sort_by(|a, b| a.path.cmp(&b.path));
    let mut seen: HashMap<PathBuf, usize> = HashMap::with_capacity(inputs.len());
    let mut unique: Vec<Input> = Vec::with_capacity(inputs.len());
    for input in inputs {
        let file = std::fs::canonicalize(&input.path).unwrap_or_else(|_| input.path.clone());
        match seen.get(&file) {
            Some(&index) => unique[index].explicit |= input.explicit,
            None => {
                seen.insert(file, unique.len());
                unique.push(input);
            }
        }
    }
    unique
}

fn wanted(path: &Path, prose: bool) -> bool {
    match InputKind::of(path) {
        Some(InputKind::Dpa) => true,
        Some(_) => prose,
        None => false,
    }
}

fn walk_error(root: &Path, error: &ignore::Error) -> InputError {
    let path = error_path(error).unwrap_or(root).to_path_buf();
    match error.io_error() {
        Some(io) => InputError::from_io(path, io),
        None => InputError::new(path, InputErrorKind::Io(error.to_string())),
    }
}

fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => error_path(err),
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, name: &str, text: &str) {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn names(walk: &Walk, root: &Path) -> Vec<String> {
        walk.inputs
            .iter()
            .map(|input| input.path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"))
            .collect()
    }

    #[test]
    fn directories_yield_dpa_files_in_order_and_respect_ignore_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "b.dpa", "");
        write(root, "a/z.dpa.md", "");
        write(root, "a/notes.md", "");
        write(root, "a/export.txt", "");
        write(root, "image.png", "");
        write(root, ".hidden/secret.dpa", "");
        write(root, "old/legacy.dpa", "");
        write(root, ".gitignore", "old/\n");

        let walk = walk(&[root.to_path_buf()], false).unwrap();
        assert_eq!(names(&walk, root), ["a/z.dpa.md", "b.dpa"]);
        assert!(walk.inputs.iter().all(|input| !input.explicit));

        let with_prose = super::walk(&[root.to_path_buf()], true).unwrap();
        assert_eq!(names(&with_prose, root), ["a/export.txt", "a/notes.md", "a/z.dpa.md", "b.dpa"]);
    }

    #[test]
    fn named_files_are_linted_whatever_their_name_and_only_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "contract.dpa", "");
        write(root, "draft.rtf", "");
        let walk = walk(&[root.join("draft.rtf"), root.to_path_buf(), root.join("contract.dpa")], false).unwrap();
        assert_eq!(names(&walk, root), ["contract.dpa", "draft.rtf"]);
        assert!(walk.inputs.iter().all(|input| input.explicit));
    }

    #[test]
    fn a_file_reached_by_several_spellings_is_linted_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "contracts/a.dpa", "");
        write(root, "contracts/b.dpa", "");
        let contracts = root.join("contracts");
        let walk = walk(
            &[
                contracts.join("./a.dpa"),
                contracts.clone(),
                root.join("./contracts"),
                contracts.join("../contracts/b.dpa"),
            ],
            false,
        )
        .unwrap();
        let mut files: Vec<(String, bool)> = walk
            .inputs
            .iter()
            .map(|input| (input.path.file_name().unwrap().to_string_lossy().into_owned(), input.explicit))
            .collect();
        files.sort();
        assert_eq!(files, [("a.dpa".to_string(), true), ("b.dpa".to_string(), true)]);
    }

    #[test]
    fn a_missing_named_path_is_an_error() {
        let error = walk(&[PathBuf::from("no/such/dir")], false).unwrap_err();
        assert_eq!(error.kind, InputErrorKind::NotFound);
        assert_eq!(error.path, PathBuf::from("no/such/dir"));
    }
}
