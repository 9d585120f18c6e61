//! Files the commands write for staff (`kadam export`, `kadam report`,
//! `kadam stats --csv`, `kadam translations export`) hold what people told
//! the bot, or figures about them: they are made readable by their owner
//! only (0600), never by whoever else uses the computer. And a command that
//! fails half-way must not leave an empty or partial file that looks like a
//! result: each is written to a temporary file in the same folder and
//! renamed over the real name only once complete.

use std::{
    fs::File,
    io,
    path::{Path, PathBuf},
};

/// A file being written. Dropped without [`PrivateFile::finish`] (an error
/// on the way), the temporary file is removed and `dest` is left as it was.
pub struct PrivateFile {
    temp: tempfile::NamedTempFile,
    dest: PathBuf,
}

impl PrivateFile {
    /// Starts writing `dest`: fails at once when its folder is not writable,
    /// so no work is done for nothing.
    pub fn create(dest: &Path) -> io::Result<Self> {
        let dir = dest.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        // `tempfile` creates the file with mode 0600 on Unix.
        let temp = tempfile::Builder::new().prefix(".kadam-").suffix(".part").tempfile_in(dir)?;
        Ok(Self { temp, dest: dest.to_owned() })
    }

    /// A handle to write through (the same open file).
    pub fn file(&self) -> io::Result<File> {
        self.temp.as_file().try_clone()
    }

    /// The temporary file's path, for writers that save to a path.
    pub fn path(&self) -> &Path {
        self.temp.path()
    }

    /// Puts the finished file in place under its real name, owner-only.
    pub fn finish(self) -> io::Result<()> {
        self.temp.as_file().sync_all()?;
        self.temp.persist(&self.dest).map_err(|e| e.error)?;
        // A writer that saved by path may have replaced the temporary file
        // with a new one of its own making: make sure of the rights.
        #[cfg(unix)]
        std::fs::set_permissions(&self.dest, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn a_finished_file_is_owner_only_and_an_unfinished_one_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("report.html");
        let out = PrivateFile::create(&dest).unwrap();
        out.file().unwrap().write_all(b"<html>").unwrap();
        assert!(!dest.exists(), "nothing under the real name before it is finished");
        out.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "<html>");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&dest).unwrap().permissions().mode() & 0o777, 0o600);
        }

        let failed = dir.path().join("export.csv");
        let out = PrivateFile::create(&failed).unwrap();
        out.file().unwrap().write_all(b"half").unwrap();
        drop(out);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "only the finished report is left");
    }
}
