//! The feed benchmark's commune (issue 7): the demo commune, "luxembourg" with its 24
//! quartiers, loaded as `gemeng demo` loads it, then filled in bulk with residents and
//! three years of their posts, comments and thanks, as the app would have written them:
//!
//! - residents are verified members (e-mail confirmed, residence verified by staff, as
//!   `gemeng_db::accounts::create` writes them), living at the demo register's
//!   addresses, so neighbourhoods are as large as their registers; they all share the
//!   demo's password, but only the benchmark's own user (Ana, in Gare) logs in;
//! - posts are written by residents in their own neighbourhood, some much more often
//!   than others, in their language mostly, of every kind of `PostKind`, for each
//!   audience; texts of one line to several paragraphs, a few with links; their HTML is
//!   made by the server's own `rich_text`;
//! - each post's feed rows go to the neighbourhoods `gemeng_core::posts::feed_neighbourhoods`
//!   names (its own, the adjacent ones, or all), as `gemeng_db::posts::create` does; a
//!   deleted or hidden post has none, its comment and thanks counts match its rows;
//! - one post in three carries one to four photos (rows only: the feed shows the first
//!   one's thumbnail by its key, and the benchmark never fetches image files);
//! - the commune's channel (`channel`): 300 announcements over the three years, already
//!   mailed, and the demo survey's anonymous answers brought to 10,000.
//!
//! A fixed seed makes the same data every time. Rows go in many per statement, in
//! transactions of 20,000 posts, through one connection (`store`).
//!
//!     gemeng-bench-feed-data DATABASE_URL [posts, default 1000000] [residents, default 100000]
//!
//! The database must be empty or hold only the demo commune.

mod channel;
mod channel_texts;
mod store;
mod texts;

use std::collections::HashMap;
use std::time::Instant;

use anyhow::{bail, Context};
use gemeng::config::Config;
use gemeng_core::account::{Residence, Role, VerificationMethod};
use gemeng_core::posts::{feed_neighbourhoods, Audience, PostKind, PostState};
use rand::rngs::StdRng;
use rand::seq::index;
use rand::{Rng, SeedableRng};

use store::{Store, Value};
use texts::{Words, LANGUAGES, LINKS, STREETS};

const SEED: u64 = 20_240_607;
/// Posts per transaction.
const CHUNK: usize = 20_000;
/// How far back the posts go: three years.
const SPAN: i64 = 3 * 365 * 86_400;
/// Different texts per kind and language; a page of 20 posts shows no repetition.
const TEXT_VARIANTS: usize = 240;
const EMAIL_DOMAIN: &str = "bench.gemeng.lu";

/// Languages of the residents (lb, de, fr, en, pt), as weights.
const LANGUAGE_SHARE: [u32; 5] = [25, 12, 30, 10, 23];
/// Kinds of post, in `PostKind::ALL`'s order, as weights: requests for help and
/// things given away are common, information most of all.
const KIND_SHARE: [u32; 8] = [18, 9, 10, 16, 10, 11, 11, 15];
/// Audiences, in `Audience::ALL`'s order: most posts stay in their neighbourhood.
const AUDIENCE_SHARE: [u32; 3] = [72, 18, 10];
/// The share of posts with photos.
const PHOTO_SHARE: f64 = 1.0 / 3.0;
/// Photos' sizes as the server re-encodes them (longest side 1,600 pixels at most).
const PHOTO_SIZES: [(i64, i64); 6] = [
    (1600, 1200),
    (1200, 1600),
    (1600, 900),
    (1600, 1067),
    (1067, 1600),
    (1200, 1200),
];

struct Resident {
    id: i64,
    neighbourhood: i64,
    language: usize,
}

/// A post's title and text, and the text's HTML.
struct Text {
    title: String,
    body: String,
    body_html: String,
}

struct Demo {
    commune_id: i64,
    /// Every neighbourhood of the commune, and those adjacent to each.
    all: Vec<i64>,
    adjacent: HashMap<i64, Vec<i64>>,
    /// Each neighbourhood's slug, by id.
    slugs: Vec<(i64, String)>,
    /// Each neighbourhood's name, by id.
    names: HashMap<i64, String>,
    gare: i64,
    /// The demo's staff member, who writes the announcements.
    staff: i64,
    survey: Survey,
}

/// The demo survey (anonymous, open to the whole commune) and its answers so far.
struct Survey {
    id: i64,
    consultation: gemeng_core::consultation::Consultation,
    answered: i64,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gemeng-bench-feed-data DATABASE_URL [posts] [residents]";
    let url = args.first().context(usage)?.clone();
    let post_count: usize = args.get(1).map_or(Ok(1_000_000), |s| s.parse())?;
    let resident_count: usize = args.get(2).map_or(Ok(100_000), |s| s.parse())?;
    let clock = Instant::now();
    let now = gemeng::app::now();
    let mut rng = StdRng::seed_from_u64(SEED);

    let demo = load_demo(&url).await?;
    eprintln!(
        "demo commune loaded ({:.1} s)",
        clock.elapsed().as_secs_f64()
    );
    let mut store = Store::connect(&url).await?;
    let commune = Value::Int(demo.commune_id);
    let already = store
        .number(
            "SELECT COUNT(*) FROM users WHERE commune_id = $1 AND email LIKE $2",
            &[commune.clone(), Value::Owned(format!("%@{EMAIL_DOMAIN}"))],
        )
        .await?;
    if already > 0 {
        bail!("this database holds generated residents already: start from an empty one");
    }

    let residents = residents(&mut store, &demo, resident_count, now, &mut rng).await?;
    eprintln!(
        "{} residents ({:.1} s)",
        residents.len(),
        clock.elapsed().as_secs_f64()
    );
    let mut neighbours: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, r) in residents.iter().enumerate() {
        neighbours.entry(r.neighbourhood).or_default().push(i);
    }
    let moderator = store
        .number(
            "SELECT id FROM users WHERE commune_id = $1 AND email = 'moderator@demo.gemeng.lu'",
            &[Value::Int(demo.commune_id)],
        )
        .await?;

    let texts = post_texts(&mut rng);
    let comments = comment_texts(&mut rng);
    feed_map(&mut store, &demo).await?;

    let first_id = store.number("SELECT MAX(id) FROM posts", &[]).await? + 1;
    let start = now - SPAN;
    let mut counts = Counts::default();
    let mut chunk_start = 0;
    while chunk_start < post_count {
        let chunk_end = (chunk_start + CHUNK).min(post_count);
        let mut posts = Vec::new();
        let mut comment_rows = Vec::new();
        let mut thanks_rows = Vec::new();
        let mut photo_rows = Vec::new();
        for i in chunk_start..chunk_end {
            let id = first_id + i as i64;
            // In order of time, as ids are given: a slot each, somewhere in it.
            let slot = (SPAN / post_count as i64).max(1);
            let at = start + (i as i64 * SPAN) / post_count as i64 + rng.gen_range(0..slot);
            // A few residents write much more than most: u² leans to the list's start.
            let u: f64 = rng.gen();
            let author = &residents[((u * u) * residents.len() as f64) as usize];
            let language = if rng.gen_bool(0.8) {
                author.language
            } else {
                rng.gen_range(0..LANGUAGES.len())
            };
            let kind_index = pick(&mut rng, &KIND_SHARE);
            let kind = PostKind::ALL[kind_index];
            let audience = Audience::ALL[pick(&mut rng, &AUDIENCE_SHARE)];
            let text = &texts[kind_index][language][rng.gen_range(0..TEXT_VARIANTS)];
            let deleted = rng.gen_bool(0.01);
            let hidden = !deleted && rng.gen_bool(0.002);
            let done =
                kind.can_be_done() && now - at > 14 * 86_400 && rng.gen_bool(0.6) && !deleted;
            let edited = rng
                .gen_bool(0.06)
                .then(|| (at + rng.gen_range(300..3 * 86_400)).min(now));

            let here = &neighbours[&author.neighbourhood];
            let comment_count = comment_count(&mut rng);
            for j in 0..comment_count {
                let who = &residents[here[rng.gen_range(0..here.len())]];
                let (body, html) =
                    &comments[who.language][rng.gen_range(0..comments[who.language].len())];
                let when = (at + (j as i64 + 1) * rng.gen_range(600..36_000)).min(now);
                counts.comments += 1;
                comment_rows.extend([
                    Value::Int(id),
                    Value::Int(who.id),
                    Value::Text(body),
                    Value::Text(html),
                    Value::Int(when),
                    Value::Owned(format!("bench-comment-{}", counts.comments)),
                ]);
            }
            // Distinct neighbours, never the author.
            let wanted = thanks_count(&mut rng).min(here.len() - 1);
            let offset = rng.gen_range(0..here.len());
            let mut thanks = 0;
            for k in 0..wanted {
                let who = &residents[here[(offset + k) % here.len()]];
                if who.id == author.id {
                    continue;
                }
                thanks += 1;
                thanks_rows.extend([
                    Value::Int(id),
                    Value::Int(who.id),
                    Value::Int((at + rng.gen_range(60..5 * 86_400)).min(now)),
                ]);
            }
            counts.thanks += thanks;

            // Photos: as attached on publication; a deleted post's are detached.
            let photos = if !deleted && rng.gen_bool(PHOTO_SHARE) {
                photo_count(&mut rng)
            } else {
                0
            };
            let mut cover = None;
            for position in 1..=photos {
                let key = photo_key(&mut rng);
                let (width, height) = PHOTO_SIZES[rng.gen_range(0..PHOTO_SIZES.len())];
                if position == 1 {
                    cover = Some(key.clone());
                }
                photo_rows.extend([
                    Value::Int(id),
                    Value::Int(position as i64),
                    Value::Owned(key),
                    Value::Int(width),
                    Value::Int(height),
                    Value::Int(at),
                ]);
            }
            counts.photos += photos as u64;

            // A deleted post keeps only the fact that it was there, as
            // `gemeng_db::posts::delete` leaves it; a hidden one keeps its text.
            let (title, body, body_html) = if deleted {
                ("", "", "")
            } else {
                (
                    text.title.as_str(),
                    text.body.as_str(),
                    text.body_html.as_str(),
                )
            };
            posts.extend([
                Value::Int(id),
                commune.clone(),
                Value::Int(author.neighbourhood),
                Value::Int(author.id),
                Value::Text(kind.as_str()),
                Value::Text(audience.as_str()),
                Value::Text(title),
                Value::Text(body),
                Value::Text(body_html),
                Value::Text(
                    if done {
                        PostState::Done
                    } else {
                        PostState::Open
                    }
                    .as_str(),
                ),
                Value::Int(at),
                Value::MaybeInt(edited),
                Value::MaybeInt(deleted.then(|| (at + 86_400).min(now))),
                Value::MaybeInt(hidden.then(|| (at + 3_600).min(now))),
                Value::MaybeInt(hidden.then_some(moderator)),
                Value::Text(if hidden { "Werbung / publicité" } else { "" }),
                Value::Int(comment_count as i64),
                Value::Int(thanks),
                Value::Owned(format!("bench-post-{i}")),
                cover.map_or(Value::MaybeText(None), Value::Owned),
                Value::Int(photos as i64),
            ]);
        }
        let (first, last) = (
            first_id + chunk_start as i64,
            first_id + chunk_end as i64 - 1,
        );
        store.execute("BEGIN", &[]).await?;
        store.insert("posts", &POST_COLUMNS, &posts).await?;
        counts.feed += feed_entries(&mut store, first, last).await?;
        store
            .insert(
                "comments",
                &[
                    "post_id",
                    "author_id",
                    "body",
                    "body_html",
                    "created_at",
                    "request_key",
                ],
                &comment_rows,
            )
            .await?;
        store
            .insert(
                "post_thanks",
                &["post_id", "user_id", "created_at"],
                &thanks_rows,
            )
            .await?;
        store
            .insert(
                "post_photos",
                &[
                    "post_id",
                    "position",
                    "file_key",
                    "width",
                    "height",
                    "created_at",
                ],
                &photo_rows,
            )
            .await?;
        store.execute("COMMIT", &[]).await?;
        chunk_start = chunk_end;
        if chunk_start % 100_000 == 0 || chunk_start == post_count {
            eprintln!(
                "{chunk_start} posts, {} feed rows, {} comments, {} thanks ({:.1} s)",
                counts.feed,
                counts.comments,
                counts.thanks,
                clock.elapsed().as_secs_f64()
            );
        }
    }
    // The channel from a seed of its own: the posts stay those of earlier generations.
    let mut channel_rng = StdRng::seed_from_u64(SEED + 8);
    let channel = channel::write(&mut store, &demo, &residents, now, &mut channel_rng).await?;
    eprintln!(
        "{} announcements, {} survey answers ({:.1} s)",
        channel.announcements,
        channel.answers,
        clock.elapsed().as_secs_f64()
    );
    finish(&mut store).await?;
    let gare_feed = store
        .number(
            "SELECT COUNT(*) FROM feed_entries WHERE neighbourhood_id = $1",
            &[Value::Int(demo.gare)],
        )
        .await?;
    println!(
        "generated: {} residents, {post_count} posts, {} feed rows ({gare_feed} in Gare's feed), \
         {} comments, {} thanks, {} photos, {} announcements, {} more survey answers, in {:.0} s",
        residents.len(),
        counts.feed,
        counts.comments,
        counts.thanks,
        counts.photos,
        channel.announcements,
        channel.answers,
        clock.elapsed().as_secs_f64()
    );
    Ok(())
}

const POST_COLUMNS: [&str; 21] = [
    "id",
    "commune_id",
    "neighbourhood_id",
    "author_id",
    "kind",
    "audience",
    "title",
    "body",
    "body_html",
    "state",
    "created_at",
    "edited_at",
    "deleted_at",
    "hidden_at",
    "hidden_by",
    "hidden_reason",
    "comment_count",
    "thanks_count",
    "request_key",
    "cover_photo",
    "photo_count",
];

#[derive(Default)]
struct Counts {
    feed: u64,
    comments: u64,
    thanks: i64,
    photos: u64,
}

/// Loads the demo commune through the server's own command (migrations, quartiers,
/// adjacency, addresses, demo accounts and posts) and reads what the posts need.
async fn load_demo(url: &str) -> anyhow::Result<Demo> {
    let config = Config {
        database_url: url.to_string(),
        ..Config::default()
    };
    let app = gemeng::commands::open(config).await?;
    let commune = gemeng::commands::demo::load(&app).await?;
    let neighbourhoods = gemeng_db::neighbourhoods::list(&app.db, commune.id).await?;
    let staff = gemeng_db::accounts::by_email(&app.db, commune.id, "staff@demo.gemeng.lu")
        .await?
        .context("the demo's staff")?
        .id;
    let surveys: Vec<_> = gemeng_db::consultations::for_staff(&app.db, commune.id, 50)
        .await?
        .into_iter()
        .filter(|c| c.anonymous == 1 && c.is_published())
        .collect();
    let [survey] = surveys.as_slice() else {
        bail!(
            "the demo commune should have one anonymous survey, not {}",
            surveys.len()
        );
    };
    let loaded = gemeng::channel::consultations::load(&app, commune.id, survey.id)
        .await?
        .context("the demo survey")?;
    let survey = Survey {
        id: survey.id,
        answered: gemeng_db::consultations::count_answers(&app.db, survey.id).await?,
        consultation: loaded.consultation,
    };
    let mut adjacent = HashMap::new();
    for n in &neighbourhoods {
        adjacent.insert(n.id, gemeng_db::posts::adjacent_to(&app.db, n.id).await?);
    }
    let gare = neighbourhoods
        .iter()
        .find(|n| n.slug == "gare")
        .context("the demo's Gare")?
        .id;
    app.db.close().await;
    Ok(Demo {
        commune_id: commune.id,
        all: neighbourhoods.iter().map(|n| n.id).collect(),
        adjacent,
        slugs: neighbourhoods
            .iter()
            .map(|n| (n.id, n.slug.clone()))
            .collect(),
        names: neighbourhoods
            .iter()
            .map(|n| (n.id, n.name.clone()))
            .collect(),
        gare,
        staff,
        survey,
    })
}

/// Residents at the register's addresses, verified members as staff would have made
/// them, who joined before the posts begin.
async fn residents(
    store: &mut Store,
    demo: &Demo,
    count: usize,
    now: i64,
    rng: &mut StdRng,
) -> anyhow::Result<Vec<Resident>> {
    let commune = Value::Int(demo.commune_id);
    let addresses = store
        .pairs(
            "SELECT id, neighbourhood_id FROM addresses
             WHERE commune_id = $1 AND neighbourhood_id IS NOT NULL ORDER BY id",
            &[Value::Int(demo.commune_id)],
        )
        .await?;
    anyhow::ensure!(!addresses.is_empty(), "the demo register has no addresses");
    let password_hash = store
        .text(
            "SELECT password_hash FROM users WHERE commune_id = $1 AND email = 'ana@demo.gemeng.lu'",
            &[Value::Int(demo.commune_id)],
        )
        .await?;
    // Each quartier's addresses, and how many people live there.
    let mut by_quartier: HashMap<i64, Vec<i64>> = HashMap::new();
    for (address, neighbourhood) in &addresses {
        by_quartier
            .entry(*neighbourhood)
            .or_default()
            .push(*address);
    }
    let quartiers: Vec<(i64, u32)> = demo
        .slugs
        .iter()
        .filter(|(id, _)| by_quartier.contains_key(id))
        .map(|(id, slug)| (*id, population(slug)))
        .collect();
    let weights: Vec<u32> = quartiers.iter().map(|(_, w)| *w).collect();
    let first_id = store.number("SELECT MAX(id) FROM users", &[]).await? + 1;
    let mut residents = Vec::with_capacity(count);
    let mut rows = Vec::with_capacity(count * 13);
    for i in 0..count {
        let neighbourhood = quartiers[pick(rng, &weights)].0;
        let here = &by_quartier[&neighbourhood];
        let address = here[rng.gen_range(0..here.len())];
        let language = pick(rng, &LANGUAGE_SHARE);
        let words = &LANGUAGES[language];
        let id = first_id + i as i64;
        let joined = now - SPAN - rng.gen_range(86_400..2 * 365 * 86_400);
        rows.extend([
            Value::Int(id),
            commune.clone(),
            Value::Owned(format!("resident-{i:06}@{EMAIL_DOMAIN}")),
            Value::Text(&password_hash),
            Value::Owned(display_name(words, rng)),
            Value::Text(words.code),
            Value::Text(Role::Resident.as_str()),
            Value::Int(address),
            Value::Text(Residence::Verified.as_str()),
            Value::Text(VerificationMethod::Staff.as_str()),
            Value::Int(joined + rng.gen_range(3_600..30 * 86_400)),
            Value::Int(joined + rng.gen_range(60..3_600)),
            Value::Int(joined),
        ]);
        residents.push(Resident {
            id,
            neighbourhood,
            language,
        });
    }
    store.execute("BEGIN", &[]).await?;
    store
        .insert(
            "users",
            &[
                "id",
                "commune_id",
                "email",
                "password_hash",
                "display_name",
                "language",
                "role",
                "address_id",
                "residence",
                "verification_method",
                "verified_at",
                "email_confirmed_at",
                "created_at",
            ],
            &rows,
        )
        .await?;
    store.execute("COMMIT", &[]).await?;
    Ok(residents)
}

/// About how many people live in each of the city's quartiers, in hundreds (rounded
/// from the city's figures of the early 2020s), so that the large quartiers (Gare,
/// Belair, Limpertsberg, Bonnevoie) have the most neighbours and posts; a quartier
/// not listed counts as a small one.
fn population(slug: &str) -> u32 {
    match slug {
        "gare" => 120,
        "bonnevoie" => 170,
        "belair" => 110,
        "limpertsberg" => 110,
        "gasperich" => 80,
        "hollerich" => 70,
        "kirchberg" => 70,
        "neudorf" => 70,
        "merl" => 60,
        "cessingen" => 60,
        "centre" => 50,
        "rollingergrund" => 45,
        "beggen" => 45,
        "cents" => 35,
        "eich" => 35,
        "dommeldange" => 30,
        "clausen" => 25,
        "weimerskirch" => 25,
        "muhlenbach" => 20,
        "weimershof" => 20,
        "hamm" => 17,
        "pfaffenthal" => 13,
        "grund" => 10,
        "pulvermuhl" => 6,
        _ => 20,
    }
}

/// "Jeanne Dubois", "Jeanne D." or "Jeanne": names as people choose to show them.
fn display_name(words: &Words, rng: &mut StdRng) -> String {
    let first = words.first_names[rng.gen_range(0..words.first_names.len())];
    let last = words.last_names[rng.gen_range(0..words.last_names.len())];
    match rng.gen_range(0..10) {
        0..=5 => format!("{first} {last}"),
        6..=8 => format!("{first} {}.", last.chars().next().unwrap_or('X')),
        _ => first.to_string(),
    }
}

/// [`TEXT_VARIANTS`] texts per kind and language: a title from the kind's patterns,
/// then an opening, zero to a dozen ordinary sentences in one to three paragraphs, and
/// sometimes a street, a link or a closing. Lengths run from one line to about 1,500
/// characters, most a few hundred.
fn post_texts(rng: &mut StdRng) -> Vec<Vec<Vec<Text>>> {
    let mut all = Vec::new();
    for (kind_index, kind) in PostKind::ALL.iter().enumerate() {
        let mut per_language = Vec::new();
        for words in &LANGUAGES {
            let mut texts = Vec::with_capacity(TEXT_VARIANTS);
            for _ in 0..TEXT_VARIANTS {
                let topic = match kind {
                    PostKind::Information => "",
                    PostKind::OfferService | PostKind::RequestService => {
                        words.services[rng.gen_range(0..words.services.len())]
                    }
                    PostKind::GiveObject | PostKind::LendObject | PostKind::BorrowRequest => {
                        words.things[rng.gen_range(0..words.things.len())]
                    }
                    PostKind::OfferHelp | PostKind::RequestHelp => {
                        words.help[rng.gen_range(0..words.help.len())]
                    }
                };
                let title = if *kind == PostKind::Information {
                    words.news[rng.gen_range(0..words.news.len())].to_string()
                } else {
                    let patterns = words.titles[kind_index];
                    capitalised(&patterns[rng.gen_range(0..patterns.len())].replace("{x}", topic))
                };
                let openings = words.openings[kind_index];
                let mut body =
                    capitalised(&openings[rng.gen_range(0..openings.len())].replace("{x}", topic));
                let sentences = match rng.gen_range(0..100) {
                    0..=9 => 0,
                    10..=34 => 1,
                    35..=59 => 2,
                    60..=74 => 3,
                    75..=89 => rng.gen_range(4..=6),
                    _ => rng.gen_range(7..=12),
                };
                // Different sentences, in any order; a new paragraph now and then.
                let chosen = index::sample(
                    rng,
                    words.sentences.len(),
                    sentences.min(words.sentences.len()),
                );
                for (s, i) in chosen.into_iter().enumerate() {
                    body.push_str(if s > 0 && s % 4 == 0 { "\n\n" } else { " " });
                    body.push_str(words.sentences[i]);
                }
                if rng.gen_bool(0.3) {
                    body.push_str(&format!(
                        " ({}, {})",
                        STREETS[rng.gen_range(0..STREETS.len())],
                        rng.gen_range(1..120)
                    ));
                }
                if rng.gen_bool(0.08) {
                    body.push_str("\n\n");
                    body.push_str(LINKS[rng.gen_range(0..LINKS.len())]);
                }
                if rng.gen_bool(0.05) {
                    body.push_str(&format!(
                        "\nTel. 621 {:03} {:03}",
                        rng.gen_range(0..1000),
                        rng.gen_range(0..1000)
                    ));
                }
                if rng.gen_bool(0.5) {
                    body.push_str("\n\n");
                    body.push_str(words.closings[rng.gen_range(0..words.closings.len())]);
                }
                let body = gemeng_core::posts::check_body(&body)
                    .unwrap_or_else(|e| panic!("a generated text is refused: {e}"));
                let title = gemeng_core::posts::check_title(&title)
                    .unwrap_or_else(|e| panic!("a generated title is refused: {e}"));
                texts.push(Text {
                    title,
                    body_html: gemeng::http::text::rich_text(&body),
                    body,
                });
            }
            per_language.push(texts);
        }
        all.push(per_language);
    }
    all
}

/// Comments per language, as text and HTML: a short answer, sometimes with a sentence
/// or two more.
fn comment_texts(rng: &mut StdRng) -> Vec<Vec<(String, String)>> {
    LANGUAGES
        .iter()
        .map(|words| {
            (0..120)
                .map(|_| {
                    let mut text =
                        words.comments[rng.gen_range(0..words.comments.len())].to_string();
                    for _ in 0..rng.gen_range(0..=2) {
                        text.push(' ');
                        text.push_str(words.sentences[rng.gen_range(0..words.sentences.len())]);
                    }
                    let html = gemeng::http::text::rich_text(&text);
                    (text, html)
                })
                .collect()
        })
        .collect()
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An index drawn with the given weights.
fn pick(rng: &mut StdRng, weights: &[u32]) -> usize {
    let mut draw = rng.gen_range(0..weights.iter().sum::<u32>());
    for (i, w) in weights.iter().enumerate() {
        if draw < *w {
            return i;
        }
        draw -= w;
    }
    weights.len() - 1
}

/// Comments on a post: none on almost half, a long conversation on a few.
fn comment_count(rng: &mut StdRng) -> usize {
    match rng.gen_range(0..100) {
        0..=44 => 0,
        45..=64 => 1,
        65..=76 => 2,
        77..=84 => 3,
        85..=94 => rng.gen_range(4..=6),
        _ => rng.gen_range(7..=25),
    }
}

/// Photos on a post that has some: mostly one, at most `PHOTOS_MAX`.
fn photo_count(rng: &mut StdRng) -> usize {
    let count = match rng.gen_range(0..100) {
        0..=54 => 1,
        55..=79 => 2,
        80..=91 => 3,
        _ => 4,
    };
    count.min(gemeng_core::posts::PHOTOS_MAX)
}

/// A file key of the shape the server gives photos (`photos/` and 32 hex digits).
fn photo_key(rng: &mut StdRng) -> String {
    let bytes: [u8; 16] = rng.gen();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("photos/{hex}.jpg")
}

fn thanks_count(rng: &mut StdRng) -> usize {
    match rng.gen_range(0..100) {
        0..=54 => 0,
        55..=79 => rng.gen_range(1..=2),
        80..=94 => rng.gen_range(3..=6),
        _ => rng.gen_range(7..=20),
    }
}

/// Which feeds a post of each neighbourhood and audience goes to, by the core's rule,
/// in a table of this connection, so that the feed rows of a whole chunk of posts are
/// one statement.
async fn feed_map(store: &mut Store, demo: &Demo) -> anyhow::Result<()> {
    store
        .execute(
            "CREATE TEMPORARY TABLE bench_feeds (
                neighbourhood_id BIGINT NOT NULL,
                audience TEXT NOT NULL,
                feed_id BIGINT NOT NULL,
                PRIMARY KEY (neighbourhood_id, audience, feed_id)
            )",
            &[],
        )
        .await?;
    let mut rows = Vec::new();
    for home in &demo.all {
        for audience in Audience::ALL {
            for feed in feed_neighbourhoods(*home, audience, &demo.adjacent[home], &demo.all) {
                rows.extend([
                    Value::Int(*home),
                    Value::Text(audience.as_str()),
                    Value::Int(feed),
                ]);
            }
        }
    }
    store
        .insert(
            "bench_feeds",
            &["neighbourhood_id", "audience", "feed_id"],
            &rows,
        )
        .await
}

/// The feed rows of posts `first..=last`, post by post as `gemeng_db::posts::create`
/// writes them (at the post's time, of its kind and author); none for deleted or hidden posts,
/// whose rows the app removes.
async fn feed_entries(store: &mut Store, first: i64, last: i64) -> anyhow::Result<u64> {
    store
        .execute(
            "INSERT INTO feed_entries (neighbourhood_id, at, item_type, item_id, item_kind, author_id)
             SELECT f.feed_id, p.created_at, $1, p.id, p.kind, p.author_id
             FROM posts p
             JOIN bench_feeds f ON f.neighbourhood_id = p.neighbourhood_id AND f.audience = p.audience
             WHERE p.id >= $2 AND p.id <= $3 AND p.deleted_at IS NULL AND p.hidden_at IS NULL
             ORDER BY p.id, f.feed_id",
            &[
                Value::Text(gemeng_db::posts::POST_ITEM),
                Value::Int(first),
                Value::Int(last),
            ],
        )
        .await
}

/// Gives the identity columns their next values after the explicit ids, refreshes
/// PostgreSQL's statistics and visibility map (what autovacuum would do after such
/// growth), and gives SQLite its write-ahead log back.
async fn finish(store: &mut Store) -> anyhow::Result<()> {
    if store.is_postgres() {
        for table in ["users", "posts", "announcements"] {
            store
                .execute(
                    &format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                    ),
                    &[],
                )
                .await?;
        }
        store
            .execute(
                "VACUUM (ANALYZE) users, posts, feed_entries, comments, post_thanks, announcements,
                     announcement_versions, announcement_neighbourhoods,
                     consultation_anonymous_answers, consultation_participants",
                &[],
            )
            .await?;
    } else {
        store.execute("PRAGMA journal_mode = WAL", &[]).await?;
    }
    Ok(())
}
