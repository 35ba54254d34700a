//! E-mail notices of replies to one's posts, of private messages and of time bank
//! exchanges (one waiting for one's answer, one's proposal answered), as each person
//! chose: at once, in a daily digest, or never. Every notice carries a one-click
//! unsubscribe address (`List-Unsubscribe` and `List-Unsubscribe-Post`, RFC 8058)
//! that works without logging in: its secret is the person's notice token, which can
//! do nothing but stop notices.

pub mod web;

use gemeng_core::language::Language;
use gemeng_core::notices::{self as rules, Frequency, Topic};
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::notices as store;
use gemeng_db::posts::Post;
use gemeng_db::{outbox, Tx};

use crate::app::{now, App};
use crate::http::error::AppResult;
use crate::http::i18n::Tr;
use crate::http::text::excerpt;
use crate::messages::Correspondent;

/// Someone to tell.
struct Recipient<'a> {
    id: i64,
    email: &'a str,
    language: Language,
}

/// The address that stops `topic` (or every notice, for a digest) for a person.
async fn unsubscribe_url(tx: &mut Tx, app: &App, user_id: i64, topic: &str) -> AppResult<String> {
    let token = store::token(tx, user_id, &gemeng_core::codes::random_token()).await?;
    Ok(format!(
        "{}/unsubscribe?t={token}&topic={topic}",
        app.config.public_base()
    ))
}

/// Queues a notice `key` (`{key}-subject`, `{key}-body` with `args`), ending with the
/// lines that say why it came and how to stop it.
async fn queue(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    to: &Recipient<'_>,
    topic: &str,
    key: &str,
    args: &[(&str, &str)],
) -> AppResult<()> {
    let stop = unsubscribe_url(tx, app, to.id, topic).await?;
    let (subject, body) = compose(app, commune, to.language, &stop, key, args);
    outbox::enqueue_notice(
        tx,
        Some(commune.id),
        to.email,
        &subject,
        &body,
        &stop,
        now(),
    )
    .await?;
    Ok(())
}

/// Queues notice `key` about `topic` to `to` now (the caller checked that they want
/// to hear of it at once).
pub(crate) async fn send_notice(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    to: &Account,
    topic: Topic,
    key: &str,
    args: &[(&str, &str)],
) -> AppResult<()> {
    let recipient = Recipient {
        id: to.id,
        email: &to.email,
        language: language_of(&to.language),
    };
    queue(tx, app, commune, &recipient, topic.as_str(), key, args).await
}

/// The subject and body of notice `key` in `language`, the body ending with the
/// lines that say why it came and how to stop it (`stop`).
pub(crate) fn compose(
    app: &App,
    commune: &Commune,
    language: Language,
    stop: &str,
    key: &str,
    args: &[(&str, &str)],
) -> (String, String) {
    let tr = Tr::new(language);
    let settings = format!("{}/c/{}/me/notices", app.config.public_base(), commune.slug);
    let subject = tr.t_args(&format!("{key}-subject"), args);
    let body = format!(
        "{}\n\n-- \n{}\n{}\n",
        tr.t_args(&format!("{key}-body"), args),
        tr.t_args("notice-footer", &[("settings", &settings), ("stop", stop)]),
        tr.t("mail-signature"),
    );
    (subject, body)
}

fn language_of(code: &str) -> Language {
    Language::from_code(code).unwrap_or(Language::En)
}

/// A message was sent to `to`: tell them, as they chose.
#[allow(clippy::too_many_arguments)]
pub async fn message_sent(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    sender: &Account,
    to: &Correspondent,
    message_id: i64,
    thread_id: i64,
    body: &str,
) -> AppResult<()> {
    match store::frequency(&app.db, to.id, Topic::Messages).await? {
        Frequency::Never => Ok(()),
        // Weekly is not offered for this topic (see `Topic::frequencies`).
        Frequency::Daily | Frequency::Weekly => {
            Ok(
                store::add_to_digest(tx, to.id, Topic::Messages, "message", message_id, now())
                    .await?,
            )
        }
        Frequency::Immediately => {
            let language = language_of(&to.language);
            let link = format!(
                "{}/c/{}/messages/{thread_id}",
                app.config.public_base(),
                commune.slug
            );
            let text = excerpt(body, 300);
            queue(
                tx,
                app,
                commune,
                &Recipient {
                    id: to.id,
                    email: &to.email,
                    language,
                },
                Topic::Messages.as_str(),
                "notice-message",
                &[
                    ("name", &sender.display_name),
                    ("text", &text),
                    ("link", &link),
                ],
            )
            .await
        }
    }
}

/// `commenter` answered `post`: tell its author, as they chose (not of their own
/// answers, nor of answers by someone they blocked).
#[allow(clippy::too_many_arguments)]
pub async fn reply_posted(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    post: &Post,
    commenter: &Account,
    comment_id: i64,
    body: &str,
) -> AppResult<()> {
    if post.author_id == commenter.id
        || gemeng_db::messages::blocked_either_way(&app.db, post.author_id, commenter.id).await?
    {
        return Ok(());
    }
    let Some(author) = app.cache.account(&app.db, post.author_id).await? else {
        return Ok(());
    };
    match store::frequency(&app.db, author.id, Topic::Replies).await? {
        Frequency::Never => Ok(()),
        Frequency::Daily | Frequency::Weekly => {
            Ok(
                store::add_to_digest(tx, author.id, Topic::Replies, "comment", comment_id, now())
                    .await?,
            )
        }
        Frequency::Immediately => {
            let Some(link) = reply_link(app, commune, &author, post, comment_id).await? else {
                return Ok(());
            };
            let text = excerpt(body, 300);
            queue(
                tx,
                app,
                commune,
                &Recipient {
                    id: author.id,
                    email: &author.email,
                    language: language_of(&author.language),
                },
                Topic::Replies.as_str(),
                "notice-reply",
                &[
                    ("name", &commenter.display_name),
                    ("title", &post.title),
                    ("text", &text),
                    ("link", &link),
                ],
            )
            .await
        }
    }
}

/// What a time bank notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exchange {
    /// A proposal waits for the recipient's answer; they would pay, or be paid.
    ToAnswer { recipient_pays: bool },
    /// The recipient's proposal was confirmed (the minutes moved) or declined.
    Answered { confirmed: bool },
}

impl Exchange {
    fn item_type(self) -> &'static str {
        match self {
            Exchange::ToAnswer { .. } => "timebank-proposal",
            Exchange::Answered { .. } => "timebank-answer",
        }
    }

    /// What a notice of `proposal` (already stored, as a digest reads it) is about,
    /// for a digest item of `item_type`.
    fn of_stored(item_type: &str, proposal: &gemeng_db::timebank::Proposal) -> Exchange {
        if item_type == "timebank-proposal" {
            Exchange::ToAnswer {
                recipient_pays: proposal.payee == proposal.proposer,
            }
        } else {
            Exchange::Answered {
                confirmed: proposal.state == "confirmed",
            }
        }
    }
}

/// A time bank notice, made ready before its action goes to the ledger writer. The
/// writer writes it in the action's own transaction, once the action is done (not
/// refused, not a retry): the notice commits with the exchange, in the same group
/// commit, instead of costing a durable commit of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prepared {
    /// An e-mail at once.
    Mail {
        commune_id: i64,
        recipient: String,
        subject: String,
        body: String,
        stop: String,
    },
    /// An item of the recipient's daily digest (the proposal's id comes from the
    /// writer).
    Digest {
        user_id: i64,
        item_type: &'static str,
    },
}

/// The notice member `to` (a user id) should get, as they chose, of an exchange
/// `from` proposed to them or answered: of `amount` minutes for `memo`.
pub async fn prepare_exchange(
    app: &App,
    commune: &Commune,
    about: Exchange,
    from: &Account,
    to: i64,
    amount: i64,
    memo: &str,
) -> AppResult<Option<Prepared>> {
    let Some(recipient) = app.cache.account(&app.db, to).await? else {
        return Ok(None);
    };
    Ok(
        match store::frequency(&app.db, to, Topic::TimeBank).await? {
            Frequency::Never => None,
            Frequency::Daily | Frequency::Weekly => Some(Prepared::Digest {
                user_id: to,
                item_type: about.item_type(),
            }),
            Frequency::Immediately => {
                let language = language_of(&recipient.language);
                let amount = Tr::new(language).tn("timebank-minutes", "count", amount);
                let (key, _, link) = exchange_notice(app, commune, about);
                let stop = standing_unsubscribe_url(app, to, Topic::TimeBank.as_str()).await?;
                let (subject, body) = compose(
                    app,
                    commune,
                    language,
                    &stop,
                    key,
                    &[
                        ("name", &from.display_name),
                        ("memo", memo),
                        ("amount", &amount),
                        ("link", &link),
                    ],
                );
                Some(Prepared::Mail {
                    commune_id: commune.id,
                    recipient: recipient.email,
                    subject,
                    body,
                    stop,
                })
            }
        },
    )
}

/// Writes notice `prepared` of proposal `proposal_id` in `tx` (the ledger writer's).
pub async fn write_prepared(
    tx: &mut Tx,
    prepared: &Prepared,
    proposal_id: i64,
    at: i64,
) -> gemeng_db::DbResult<()> {
    match prepared {
        Prepared::Mail {
            commune_id,
            recipient,
            subject,
            body,
            stop,
        } => {
            outbox::enqueue_notice(tx, Some(*commune_id), recipient, subject, body, stop, at)
                .await?;
        }
        Prepared::Digest { user_id, item_type } => {
            store::add_to_digest(tx, *user_id, Topic::TimeBank, item_type, proposal_id, at).await?;
        }
    }
    Ok(())
}

/// The address that stops `topic` for a person, its secret read (made once, in a
/// transaction of its own, for someone who never had one).
async fn standing_unsubscribe_url(app: &App, user_id: i64, topic: &str) -> AppResult<String> {
    let token = match store::token_of(&app.db, user_id).await? {
        Some(token) => token,
        None => {
            let mut tx = app.begin().await?;
            let token = store::token(&mut tx, user_id, &gemeng_core::codes::random_token()).await?;
            app.commit(tx).await?;
            token
        }
    };
    Ok(format!(
        "{}/unsubscribe?t={token}&topic={topic}",
        app.config.public_base()
    ))
}

/// The e-mail's message, the digest line's and the link of a time bank notice, for
/// the member it is about: the one who answers it, or its proposer once answered.
fn exchange_notice(
    app: &App,
    commune: &Commune,
    about: Exchange,
) -> (&'static str, &'static str, String) {
    let bank = format!("{}/c/{}/timebank", app.config.public_base(), commune.slug);
    match about {
        Exchange::ToAnswer {
            recipient_pays: true,
        } => ("notice-timebank-pay", "notice-digest-timebank-pay", bank),
        Exchange::ToAnswer {
            recipient_pays: false,
        } => (
            "notice-timebank-receive",
            "notice-digest-timebank-receive",
            bank,
        ),
        Exchange::Answered { confirmed: true } => (
            "notice-timebank-confirmed",
            "notice-digest-timebank-confirmed",
            format!("{bank}/statement"),
        ),
        Exchange::Answered { confirmed: false } => (
            "notice-timebank-declined",
            "notice-digest-timebank-declined",
            bank,
        ),
    }
}

/// Sends the digests that are due; how many left. Every instance runs this; the
/// claim in `take_digest` makes each digest leave once.
pub async fn send_digests(app: &App) -> anyhow::Result<usize> {
    let at = now();
    let mut sent = 0;
    for (user_id, last) in store::waiting(&app.db, 200, at).await? {
        if !rules::digest_due(last, 1, at) {
            continue;
        }
        let Some(account) = app.cache.account(&app.db, user_id).await? else {
            continue;
        };
        let Some(commune_id) = account.commune_id else {
            continue;
        };
        let Some(commune) = gemeng_db::communes::by_id(&app.db, commune_id).await? else {
            continue;
        };
        let mut tx = app.begin().await?;
        let items = store::take_digest(&mut tx, user_id, at - rules::DAY, at).await?;
        let tr = Tr::new(language_of(&account.language));
        let mut lines = Vec::new();
        for item in items.iter().take(rules::DIGEST_ITEMS_MAX) {
            if let Some(line) =
                digest_line(app, &tr, &account, &commune, &item.item_type, item.item_id).await?
            {
                lines.push(line);
            }
        }
        if items.len() > rules::DIGEST_ITEMS_MAX {
            lines.push(tr.tn(
                "notice-digest-more",
                "count",
                (items.len() - rules::DIGEST_ITEMS_MAX) as i64,
            ));
        }
        if !lines.is_empty() {
            let count = lines.len().to_string();
            queue(
                &mut tx,
                app,
                &commune,
                &Recipient {
                    id: account.id,
                    email: &account.email,
                    language: language_of(&account.language),
                },
                "all",
                "notice-digest",
                &[("count", &count), ("items", &lines.join("\n\n"))],
            )
            .await?;
            sent += 1;
        }
        app.commit(tx).await?;
    }
    Ok(sent)
}

/// The link to an answer under `post`, for its author: under the author's own
/// neighbourhood, where the pages admit them (the author reads their post from
/// wherever they live now, which is not always where they wrote it).
async fn reply_link(
    app: &App,
    commune: &Commune,
    author: &Account,
    post: &Post,
    comment_id: i64,
) -> AppResult<Option<String>> {
    let home = author.neighbourhood_id.unwrap_or(post.neighbourhood_id);
    Ok(app.cache.neighbourhood(&app.db, home).await?.map(|n| {
        format!(
            "{}/c/{}/n/{}/posts/{}#comment-{comment_id}",
            app.config.public_base(),
            commune.slug,
            n.slug,
            post.id
        )
    }))
}

/// One item of a digest, or `None` if it is gone or hidden since.
async fn digest_line(
    app: &App,
    tr: &Tr,
    reader: &Account,
    commune: &Commune,
    item_type: &str,
    item_id: i64,
) -> AppResult<Option<String>> {
    let base = app.config.public_base();
    Ok(match item_type {
        "message" => gemeng_db::messages::message_by_id(&app.db, item_id)
            .await?
            .filter(|m| m.hidden_at.is_none())
            .map(|m| {
                tr.t_args(
                    "notice-digest-message",
                    &[
                        ("name", &m.sender_name),
                        ("text", &excerpt(&m.body, 200)),
                        (
                            "link",
                            &format!("{base}/c/{}/messages/{}", commune.slug, m.thread_id),
                        ),
                    ],
                )
            }),
        "comment" => {
            let Some(comment) = gemeng_db::posts::comment_by_id(&app.db, item_id)
                .await?
                .filter(|c| c.deleted_at.is_none() && c.hidden_at.is_none())
            else {
                return Ok(None);
            };
            let Some(post) = gemeng_db::posts::by_id(&app.db, commune.id, comment.post_id)
                .await?
                .filter(|p| p.deleted_at.is_none())
            else {
                return Ok(None);
            };
            let Some(link) = reply_link(app, commune, reader, &post, comment.id).await? else {
                return Ok(None);
            };
            Some(tr.t_args(
                "notice-digest-reply",
                &[
                    ("name", &comment.author_name),
                    ("title", &post.title),
                    ("text", &excerpt(&comment.body, 200)),
                    ("link", &link),
                ],
            ))
        }
        "timebank-proposal" | "timebank-answer" => {
            // Only what still holds: a proposal still waiting, an answer still standing.
            let wanted = if item_type == "timebank-proposal" {
                ["pending"].as_slice()
            } else {
                ["confirmed", "declined"].as_slice()
            };
            let Some(proposal) = gemeng_db::timebank::proposal(&app.db, commune.id, item_id)
                .await?
                .filter(|p| wanted.contains(&p.state.as_str()))
            else {
                return Ok(None);
            };
            // The other party: the proposer of a proposal to answer, the one who
            // answered otherwise.
            let other = if item_type == "timebank-proposal" {
                proposal.proposer
            } else {
                proposal.counterpart
            };
            let name = gemeng_db::timebank::holders(&app.db, &[other])
                .await?
                .remove(&other)
                .map(|h| h.name)
                .unwrap_or_default();
            let about = Exchange::of_stored(item_type, &proposal);
            let (_, line, link) = exchange_notice(app, commune, about);
            Some(tr.t_args(
                line,
                &[
                    ("name", &name),
                    ("memo", &proposal.memo),
                    (
                        "amount",
                        &tr.tn("timebank-minutes", "count", proposal.amount),
                    ),
                    ("link", &link),
                ],
            ))
        }
        "service-reply" => {
            // Only an answer in the reader's own thread.
            let Some((_, thread)) = gemeng_db::service_threads::message_by_id(&app.db, item_id)
                .await?
                .filter(|(m, t)| m.from_staff && t.resident_id == reader.id)
            else {
                return Ok(None);
            };
            Some(tr.t_args(
                "notice-digest-service-reply",
                &[
                    ("subject", &thread.subject),
                    (
                        "link",
                        &format!("{base}/c/{}/services/threads/{}", commune.slug, thread.id),
                    ),
                ],
            ))
        }
        "announcement" => {
            // Only if the reader may still read it (not withdrawn, not expired, still
            // for their neighbourhood).
            let audience = crate::channel::announcements::audience_of(Some(reader), commune);
            match crate::channel::announcements::readable(app, commune, audience, item_id).await {
                Ok(a) => crate::channel::announcements::version_in(
                    &a,
                    language_of(&reader.language),
                    commune,
                )
                .map(|v| {
                    tr.t_args(
                        "notice-digest-announcement",
                        &[
                            ("title", &v.title),
                            (
                                "link",
                                &format!(
                                    "{base}/c/{}/announcements/{}?version={}",
                                    commune.slug, a.id, v.language
                                ),
                            ),
                        ],
                    )
                }),
                Err(crate::http::error::AppError::NotFound) => None,
                Err(e) => return Err(e),
            }
        }
        _ => None,
    })
}
