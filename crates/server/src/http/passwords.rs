//! Password hashing with argon2id (OWASP: 19 MiB, two passes, one lane), bounded so
//! that a flood of log-ins cannot exhaust memory or CPU.
//!
//! At most one hash per core runs at a time, each in a 19 MiB buffer that is reused,
//! never freed: memory for hashing is fixed at cores × 19 MiB however many people log
//! in. A short queue waits for a free hasher; beyond it the request is answered
//! "busy, retry in a moment" (503) instead of piling up.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use argon2::password_hash::{PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::Semaphore;

use crate::http::error::{AppError, AppResult};

const M_COST_KIB: u32 = 19 * 1024;
const T_COST: u32 = 2;
const OUTPUT_BYTES: usize = 32;
/// Requests that may wait for a hasher, per hasher.
const QUEUE_PER_HASHER: usize = 8;
/// How long a request waits for a hasher before it is told to retry.
const MAX_WAIT: Duration = Duration::from_secs(10);

fn params() -> Params {
    Params::new(M_COST_KIB, T_COST, 1, Some(OUTPUT_BYTES)).expect("valid argon2 parameters")
}

struct Hashers {
    permits: Semaphore,
    count: usize,
    waiting: AtomicUsize,
    /// Work memory of idle hashers, reused from one hash to the next.
    memory: Mutex<Vec<Vec<Block>>>,
}

fn hashers() -> &'static Hashers {
    static HASHERS: OnceLock<Hashers> = OnceLock::new();
    HASHERS.get_or_init(|| {
        let count = std::thread::available_parallelism().map_or(2, |n| n.get());
        Hashers {
            permits: Semaphore::new(count),
            count,
            waiting: AtomicUsize::new(0),
            memory: Mutex::new(Vec::new()),
        }
    })
}

/// Runs `work` on a hasher's memory, off the async runtime, once one is free.
async fn with_hasher<T: Send + 'static>(
    work: impl FnOnce(&mut [Block]) -> T + Send + 'static,
) -> AppResult<T> {
    let hashers = hashers();
    if hashers.waiting.fetch_add(1, Ordering::SeqCst) >= hashers.count * QUEUE_PER_HASHER {
        hashers.waiting.fetch_sub(1, Ordering::SeqCst);
        return Err(AppError::Busy);
    }
    let permit = tokio::time::timeout(MAX_WAIT, hashers.permits.acquire()).await;
    hashers.waiting.fetch_sub(1, Ordering::SeqCst);
    let _permit = match permit {
        Ok(Ok(permit)) => permit,
        _ => return Err(AppError::Busy),
    };
    let memory = hashers
        .memory
        .lock()
        .map_err(|_| AppError::Internal(anyhow::anyhow!("hasher memory poisoned")))?
        .pop();
    let (memory, result) = tokio::task::spawn_blocking(move || {
        let mut memory = memory.unwrap_or_else(|| vec![Block::default(); params().block_count()]);
        let result = work(&mut memory);
        (memory, result)
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    if let Ok(mut idle) = hashers.memory.lock() {
        idle.push(memory);
    }
    Ok(result)
}

/// Hashes a new password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub async fn hash_password(password: String) -> AppResult<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    with_hasher(move |memory| {
        let mut out = [0u8; OUTPUT_BYTES];
        let mut salt_bytes = [0u8; 64];
        let salt_raw = salt
            .decode_b64(&mut salt_bytes)
            .map_err(|e| anyhow::anyhow!("salt: {e}"))?;
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
            .hash_password_into_with_memory(password.as_bytes(), salt_raw, &mut out, memory)
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))?;
        let output = argon2::password_hash::Output::new(&out)
            .map_err(|e| anyhow::anyhow!("hash output: {e}"))?;
        let phc = PasswordHash {
            algorithm: argon2::ARGON2ID_IDENT,
            version: Some(Version::V0x13.into()),
            params: (&params())
                .try_into()
                .map_err(|e| anyhow::anyhow!("hash parameters: {e}"))?,
            salt: Some(salt.as_salt()),
            hash: Some(output),
        };
        Ok::<String, anyhow::Error>(phc.to_string())
    })
    .await?
    .map_err(AppError::Internal)
}

/// A hash of a random password, checked against when the e-mail is unknown so that
/// answering takes as long as for a real account (no account enumeration by timing).
async fn decoy_hash() -> AppResult<String> {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    HASH.get_or_try_init(|| hash_password(gemeng_core::codes::random_token()))
        .await
        .cloned()
}

/// Whether `password` matches `hash`; with no hash (unknown account) the same work
/// is done against a decoy and the answer is no.
pub async fn verify_password(password: String, hash: Option<String>) -> AppResult<bool> {
    let known = hash.is_some();
    let hash = match hash {
        Some(h) => h,
        None => decoy_hash().await?,
    };
    let matches = with_hasher(move |memory| {
        let Ok(parsed) = PasswordHash::new(&hash) else {
            return false;
        };
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return false;
        };
        let Ok(stored_params) = Params::try_from(&parsed) else {
            return false;
        };
        let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
            return false;
        };
        let version = parsed
            .version
            .and_then(|v| Version::try_from(v).ok())
            .unwrap_or_default();
        let mut salt_bytes = [0u8; 64];
        let Ok(salt_raw) = salt.decode_b64(&mut salt_bytes) else {
            return false;
        };
        let mut out = vec![0u8; expected.len()];
        let hasher = Argon2::new(algorithm, version, stored_params.clone());
        // Hashes made with other parameters get memory of their own size.
        let computed = if stored_params.block_count() <= memory.len() {
            hasher.hash_password_into_with_memory(password.as_bytes(), salt_raw, &mut out, memory)
        } else {
            hasher.hash_password_into(password.as_bytes(), salt_raw, &mut out)
        };
        computed.is_ok() && argon2::password_hash::Output::new(&out).is_ok_and(|o| o == expected)
    })
    .await?;
    Ok(matches && known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_hash_and_verify() {
        let hash = hash_password("kaffi mat der noperin".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(
            verify_password("kaffi mat der noperin".into(), Some(hash.clone()))
                .await
                .unwrap()
        );
        assert!(!verify_password("wrong".into(), Some(hash.clone()))
            .await
            .unwrap());
        assert!(!verify_password("anything".into(), None).await.unwrap());
        assert!(
            !verify_password("anything".into(), Some("not a hash".into()))
                .await
                .unwrap()
        );
        // Hashes made by the argon2 crate's own API (the foundation's) still verify.
        use argon2::password_hash::PasswordHasher;
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let older = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 1, 1, None).unwrap(),
        )
        .hash_password(b"older password", &salt)
        .unwrap()
        .to_string();
        assert!(
            verify_password("older password".into(), Some(older.clone()))
                .await
                .unwrap()
        );
        assert!(!verify_password("older passwort".into(), Some(older))
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn a_flood_of_hashes_is_bounded() {
        // More requests than hashers and queue together: some are told to retry, the
        // rest finish, and the memory kept is one buffer per hasher at most.
        let flood = hashers().count * (QUEUE_PER_HASHER + 1) + 8;
        let tasks: Vec<_> = (0..flood)
            .map(|i| tokio::spawn(hash_password(format!("password {i}"))))
            .collect();
        let (mut done, mut busy) = (0, 0);
        for t in tasks {
            match t.await.unwrap() {
                Ok(_) => done += 1,
                Err(AppError::Busy) => busy += 1,
                Err(e) => panic!("unexpected {e}"),
            }
        }
        assert!(busy > 0, "the queue has a bound");
        assert!(done >= hashers().count, "hashers kept working");
        assert!(hashers().memory.lock().unwrap().len() <= hashers().count);
    }
}
