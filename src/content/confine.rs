//! Content files stay inside the content folder. Staff edit `dialogues/` and
//! `locales/`, and whatever the loader reads may end up in her chat (a media
//! file is uploaded as it is), so a symbolic link such as
//! `dialogues/media/form.pdf -> ../../.env` would hand the bot's token and
//! key to whoever opens that screen. Every content file is therefore reached
//! only through [`inside`]: no part of its path below the content root may be
//! a symbolic link, and its real path must stay under the root.

use std::{
    io,
    path::{Component, Path, PathBuf},
};

/// The path of `rel` under `root`, if it is a file or folder that really lies
/// there: `rel` is plain (no `..`, not absolute), no part of it is a symbolic
/// link, and the resolved path stays under the resolved root. The root itself
/// may be a link (a deployment may point `current` at a release).
pub fn inside(root: &Path, rel: &Path) -> io::Result<PathBuf> {
    let refused = |why: String| io::Error::new(io::ErrorKind::PermissionDenied, why);
    let mut path = root.to_path_buf();
    for part in rel.components() {
        let Component::Normal(name) = part else {
            return Err(refused(format!("`{}` leaves the content folder", rel.display())));
        };
        path.push(name);
        if path.symlink_metadata()?.file_type().is_symlink() {
            return Err(refused(format!(
                "`{}` is a symbolic link: content files must be real files inside the content folder",
                rel_of(root, &path).display()
            )));
        }
    }
    if !path.canonicalize()?.starts_with(root.canonicalize()?) {
        return Err(refused(format!("`{}` leaves the content folder", rel.display())));
    }
    Ok(path)
}

/// Reads the text of `rel` under `root` through [`inside`].
pub fn read_to_string(root: &Path, rel: &Path) -> io::Result<String> {
    std::fs::read_to_string(inside(root, rel)?)
}

fn rel_of<'a>(root: &Path, path: &'a Path) -> &'a Path {
    path.strip_prefix(root).unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use std::{fs, os::unix::fs::symlink};

    use super::*;

    #[test]
    fn a_real_file_inside_is_accepted() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("dialogues/media")).unwrap();
        fs::write(dir.path().join("dialogues/media/form.pdf"), "pdf").unwrap();
        assert_eq!(read_to_string(dir.path(), Path::new("dialogues/media/form.pdf")).unwrap(), "pdf");
    }

    #[test]
    fn a_link_to_the_secrets_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".env"), "TELOXIDE_TOKEN=secret").unwrap();
        fs::create_dir_all(dir.path().join("dialogues/media")).unwrap();
        symlink("../../.env", dir.path().join("dialogues/media/form.pdf")).unwrap();
        let err = read_to_string(dir.path(), Path::new("dialogues/media/form.pdf")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        assert!(err.to_string().contains("dialogues/media/form.pdf` is a symbolic link"), "{err}");
    }

    #[test]
    fn a_linked_folder_and_dot_dot_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("main.ftl"), "x = y").unwrap();
        fs::create_dir_all(dir.path().join("locales")).unwrap();
        symlink(outside.path(), dir.path().join("locales/ky")).unwrap();
        assert!(read_to_string(dir.path(), Path::new("locales/ky/main.ftl")).is_err());
        assert!(read_to_string(dir.path(), Path::new("locales/../../etc/passwd")).is_err());
        assert!(read_to_string(dir.path(), Path::new("/etc/passwd")).is_err());
    }

    #[test]
    fn the_root_itself_may_be_a_link() {
        let real = tempfile::tempdir().unwrap();
        fs::create_dir_all(real.path().join("locales")).unwrap();
        fs::write(real.path().join("locales/locales.toml"), "x").unwrap();
        let links = tempfile::tempdir().unwrap();
        symlink(real.path(), links.path().join("current")).unwrap();
        assert!(read_to_string(&links.path().join("current"), Path::new("locales/locales.toml")).is_ok());
    }
}
