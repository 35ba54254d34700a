//! E-mail: messages are composed in the recipient's language, written to the
//! database outbox in the request that causes them, and sent by [`sender`].

pub mod sender;

use gemeng_core::language::Language;
use gemeng_db::{outbox, Tx};

use crate::app::now;
use crate::http::error::AppResult;
use crate::http::i18n::Tr;

/// Queues a message whose subject and body are Fluent messages `{key}-subject` and
/// `{key}-body`, with `args` in `language`, in the transaction of the action that
/// causes it; `App::commit` wakes the sender.
pub async fn queue(
    tx: &mut Tx,
    commune_id: Option<i64>,
    to: &str,
    language: Language,
    key: &str,
    args: &[(&str, &str)],
) -> AppResult<()> {
    queue_at(tx, commune_id, to, language, key, args, now()).await
}

/// The subject a message `key` has with `args` in `language` (to withdraw it).
pub fn subject(language: Language, key: &str, args: &[(&str, &str)]) -> String {
    Tr::new(language).t_args(&format!("{key}-subject"), args)
}

/// Like [`queue`], but not sent before `send_at`: until then
/// `gemeng_db::outbox::withdraw` can take it back.
pub async fn queue_at(
    tx: &mut Tx,
    commune_id: Option<i64>,
    to: &str,
    language: Language,
    key: &str,
    args: &[(&str, &str)],
    send_at: i64,
) -> AppResult<()> {
    let tr = Tr::new(language);
    let subject = subject(language, key, args);
    let body = format!(
        "{}\n\n-- \n{}\n",
        tr.t_args(&format!("{key}-body"), args),
        tr.t("mail-signature")
    );
    outbox::enqueue_at(tx, commune_id, to, &subject, &body, now(), send_at).await?;
    Ok(())
}
