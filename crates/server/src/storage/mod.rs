//! Where uploaded files live (today: post photos). The database says which files exist
//! and who may see them; the store only keeps bytes under keys the server made.
//!
//! A local directory is the default. The store is an enum rather than a trait object
//! so that another backend (an S3-compatible bucket) is one more variant implementing
//! the same four operations: `put`, `get`, `delete` and `keys_older_than` (the sweep of
//! files whose row never committed, or was removed).

mod local;

use std::path::PathBuf;
use std::time::SystemTime;

pub use local::LocalDir;

pub enum FileStore {
    Local(LocalDir),
}

/// A file's key: `photos/` (posts' photos) or `documents/` (event stands' documents)
/// and a random token, with a suffix for a variant (`-thumb`) or the type (`.pdf`).
/// Only keys of this shape are accepted, so no key can leave the store.
pub fn is_valid_key(key: &str) -> bool {
    let Some((folder, name)) = key.split_once('/') else {
        return false;
    };
    (folder == "photos" || folder == "documents")
        && (8..=96).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && !name.starts_with('.')
        && !name.contains("..")
}

impl FileStore {
    pub fn local(dir: impl Into<PathBuf>) -> FileStore {
        FileStore::Local(LocalDir::new(dir.into()))
    }

    /// Stores `bytes` under `key`, durably: once this returns, the file survives a crash.
    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        check(key)?;
        match self {
            FileStore::Local(dir) => dir.put(key, bytes).await,
        }
    }

    /// The bytes under `key`, or `None` if there is no such file.
    pub async fn get(&self, key: &str) -> std::io::Result<Option<Vec<u8>>> {
        check(key)?;
        match self {
            FileStore::Local(dir) => dir.get(key).await,
        }
    }

    /// Removes `key`; a missing file is not an error.
    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        check(key)?;
        match self {
            FileStore::Local(dir) => dir.delete(key).await,
        }
    }

    /// Every key of `folder` (`photos`, `documents`) stored before `before` (for the
    /// sweep of orphans).
    pub async fn keys_older_than(
        &self,
        folder: &'static str,
        before: SystemTime,
    ) -> std::io::Result<Vec<String>> {
        match self {
            FileStore::Local(dir) => dir.keys_older_than(folder, before).await,
        }
    }
}

fn check(key: &str) -> std::io::Result<()> {
    if is_valid_key(key) {
        Ok(())
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file key of this store",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_keys_the_server_makes_are_valid() {
        assert!(is_valid_key("photos/abcdefgh12345678.jpg"));
        assert!(is_valid_key("photos/abcdefgh12345678-thumb.jpg"));
        assert!(is_valid_key("documents/abcdefgh12345678.pdf"));
        for bad in [
            "documents/",
            "documents/../photos/abcdefgh12345678.jpg",
            "documentsx/abcdefgh12345678.pdf",
            "",
            "photos/",
            "photos/short",
            "other/abcdefgh12345678.jpg",
            "photos/../../etc/passwd",
            "photos/abcdefgh/12345678",
            "photos/ABCDEFGH12345678.jpg",
            "photos/.abcdefgh12345678",
            "photos/abcdefgh..12345678",
            "/photos/abcdefgh12345678",
            "photos/abcdefgh12345678\0.jpg",
        ] {
            assert!(!is_valid_key(bad), "{bad:?}");
        }
    }

    #[tokio::test]
    async fn a_file_is_kept_read_listed_and_deleted() {
        let dir = std::env::temp_dir().join(format!(
            "gemeng-store-test-{}",
            gemeng_core::codes::random_token().to_lowercase()
        ));
        let store = FileStore::local(&dir);
        let key = "photos/abcdefgh12345678.jpg";
        assert_eq!(store.get(key).await.unwrap(), None);
        store.put(key, b"bytes".to_vec()).await.unwrap();
        assert_eq!(store.get(key).await.unwrap(), Some(b"bytes".to_vec()));
        let later = SystemTime::now() + std::time::Duration::from_secs(5);
        assert_eq!(
            store.keys_older_than("photos", later).await.unwrap(),
            vec![key.to_string()]
        );
        assert!(store
            .keys_older_than("photos", SystemTime::UNIX_EPOCH)
            .await
            .unwrap()
            .is_empty());
        store.delete(key).await.unwrap();
        store.delete(key).await.unwrap();
        assert_eq!(store.get(key).await.unwrap(), None);
        assert!(store.put("../escape", vec![]).await.is_err());
        std::fs::remove_dir_all(dir).ok();
    }
}
