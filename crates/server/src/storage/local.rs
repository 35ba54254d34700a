//! The file store in a local directory (or a network volume shared by instances).
//! `photos/abcdef….jpg` is kept as `DIR/photos/ab/abcdef….jpg`: two letters of
//! sharding keep directories small when a commune has a million photos.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

pub struct LocalDir {
    root: PathBuf,
}

impl LocalDir {
    pub fn new(root: PathBuf) -> LocalDir {
        LocalDir { root }
    }

    fn path(&self, key: &str) -> PathBuf {
        let (folder, name) = key.split_once('/').unwrap_or(("", key));
        let shard = name.get(..2).unwrap_or("__");
        self.root.join(folder).join(shard).join(name)
    }

    /// Written to a temporary name, flushed to disk, then renamed: a reader never sees
    /// half a file, and a crash leaves at worst a temporary file the sweep removes.
    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        let path = self.path(key);
        tokio::task::spawn_blocking(move || {
            let folder = path.parent().expect("a key has a folder");
            std::fs::create_dir_all(folder)?;
            let temporary = path.with_extension("partial");
            {
                use std::io::Write;
                let mut file = std::fs::File::create(&temporary)?;
                file.write_all(&bytes)?;
                file.sync_all()?;
            }
            std::fs::rename(&temporary, &path)?;
            std::fs::File::open(folder)?.sync_all()
        })
        .await
        .map_err(std::io::Error::other)?
    }

    pub async fn get(&self, key: &str) -> std::io::Result<Option<Vec<u8>>> {
        match tokio::fs::read(self.path(key)).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        match tokio::fs::remove_file(self.path(key)).await {
            Err(e) if e.kind() != ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Keys of files (and leftover temporary files, as their keys) older than `before`.
    pub async fn keys_older_than(
        &self,
        folder: &'static str,
        before: SystemTime,
    ) -> std::io::Result<Vec<String>> {
        let root = self.root.clone();
        tokio::task::spawn_blocking(move || {
            let mut keys = Vec::new();
            let shards = match std::fs::read_dir(root.join(folder)) {
                Ok(shards) => shards,
                Err(e) if e.kind() == ErrorKind::NotFound => return Ok(keys),
                Err(e) => return Err(e),
            };
            for shard in shards {
                collect(&shard?.path(), folder, before, &mut keys)?;
            }
            keys.sort();
            Ok(keys)
        })
        .await
        .map_err(std::io::Error::other)?
    }
}

fn collect(
    shard: &Path,
    folder: &str,
    before: SystemTime,
    keys: &mut Vec<String>,
) -> std::io::Result<()> {
    if !shard.is_dir() {
        return Ok(());
    }
    for file in std::fs::read_dir(shard)? {
        let file = file?;
        let modified = file.metadata()?.modified()?;
        if modified < before {
            if let Some(name) = file.file_name().to_str() {
                keys.push(format!("{folder}/{name}"));
            }
        }
    }
    Ok(())
}
