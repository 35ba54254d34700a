//! What an event's organisers see during and after the day: participants over time
//! (from the stays that page views and heartbeats record), visitors and questions
//! per stand, workshop places and attendance, and a word cloud of the participating
//! organisations sized by their visitors, drawn as SVG on the server. Every chart
//! comes with its figures as a table.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use gemeng_core::events::participation::{HEARTBEAT_EVERY, PRESENCE_WINDOW};
use gemeng_core::events::statistics::{participants_over_time, Visit as Stay};
use gemeng_core::events::word_cloud::{lay_out_word_cloud, CloudEntry, WordCloud};
use gemeng_core::permissions::Action;
use gemeng_db::event_statistics as store;
use gemeng_db::events::Event;
use svg::node::element::{Text, Title};
use svg::Document;

use super::{managed, onlooker_of, version_in};
use crate::activities::local_parts;
use crate::app::{now, App};
use crate::design::charts::{grouped, Bar, BarChart};
use crate::http::context::{Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::{render, Visit};

/// The most stays read for one chart: 500 participants reconnecting all day.
const STAYS_MAX: i64 = 200_000;
/// The chart's bars: half an hour each.
const BUCKET_MINUTES: u32 = 30;
/// The cloud's box, in SVG units: a phone's width, scaled up on wider screens.
const CLOUD_WIDTH: u32 = 640;
const CLOUD_HEIGHT: u32 = 360;

/// How long one of a stand's staff counts as at it after their last sign of life: a
/// page reloaded now and then while answering, or a live connection's heartbeats.
pub const STAFF_WINDOW: i64 = 120;

/// Who is at event `event_id`'s stands now: (stand, visitors, staff) for each stand
/// with anyone.
pub async fn at_stands_now(app: &App, event_id: i64) -> AppResult<Vec<(i64, i64, i64)>> {
    let at = now();
    Ok(store::at_stands(&app.db, event_id, (at - PRESENCE_WINDOW, at - STAFF_WINDOW)).await?)
}

/// Records that account `user_id`, one of stand `stand`'s staff, is at it now, if the
/// day (from `starts_at` to `ends_at`) is running.
pub async fn note_staff(
    app: &App,
    (starts_at, ends_at): (i64, i64),
    stand: i64,
    user_id: i64,
) -> AppResult<()> {
    let at = now();
    if at < starts_at || at >= ends_at {
        return Ok(());
    }
    let mut tx = app.begin().await?;
    store::staff_seen(&mut tx, stand, user_id, at).await?;
    app.commit(tx).await?;
    Ok(())
}

/// Records that participant `place` is at the event (the hall, or `stand`) now, if
/// the day is running: their stay there goes on, or a new one starts.
pub async fn note_presence(app: &App, e: &Event, place: i64, stand: Option<i64>) -> AppResult<()> {
    let at = now();
    if at < e.starts_at || at >= e.ends_at {
        return Ok(());
    }
    let mut tx = app.begin().await?;
    store::seen(
        &mut tx,
        e.id,
        place,
        stand,
        (at, at + HEARTBEAT_EVERY, PRESENCE_WINDOW),
    )
    .await?;
    app.commit(tx).await?;
    Ok(())
}

/// The word cloud as an SVG element: each organisation at its place and size, its
/// number of visitors in its tooltip; labels are escaped by the `svg` crate.
pub fn cloud_svg(cloud: &WordCloud, title: &str) -> String {
    let mut document = Document::new()
        .set("viewBox", (0, 0, cloud.width, cloud.height))
        .set("class", "chart word-cloud")
        .set("role", "img")
        .set("aria-labelledby", "word-cloud-title")
        .add(Title::new(title).set("id", "word-cloud-title"));
    for w in &cloud.words {
        // The text's baseline sits at the box's bottom, less the descent.
        let baseline = w.y + w.height - w.height / 5;
        document = document.add(
            Text::new(w.name.as_str())
                .set("x", w.x)
                .set("y", baseline)
                .set("font-size", w.font_size)
                .set("aria-hidden", "true"),
        );
    }
    document.to_string()
}

#[derive(Template)]
#[template(path = "events/statistics.html")]
struct StatisticsPage {
    page: Page,
    back: String,
    event_title: String,
    accounts: i64,
    guests: i64,
    charts: Vec<BarChart>,
    cloud: String,
    /// (organisation, visitors) in the cloud's order, for the table beside it.
    cloud_rows: Vec<(String, String)>,
    /// (workshop title, places taken, present).
    workshops: Vec<(String, String, String)>,
}

fn bar(label: String, value: i64) -> Bar {
    Bar {
        label,
        value,
        shown: grouped(value),
    }
}

/// `/c/{commune}/events/{event}/statistics`: for its organisers and staff.
pub async fn page(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::OrganiseEvents)?;
    let who = onlooker_of(visit.viewer.as_ref(), &visit.commune);
    let e = managed(&app, &visit.commune, who, id).await?;
    let page = visit
        .page_at(
            "event-statistics-title",
            &format!("/c/{}/events/{}/statistics", visit.commune.slug, e.id),
        )
        .await?;
    let stays: Vec<Stay> = store::stays(&app.db, e.id, STAYS_MAX)
        .await?
        .into_iter()
        .map(|(participant, from, until)| Stay {
            participant,
            from,
            until,
        })
        .collect();
    let over_time =
        participants_over_time(&stays, e.starts_at, e.ends_at, BUCKET_MINUTES).unwrap_or_default();
    let per_stand = store::per_stand(&app.db, e.id).await?;
    let mut charts = vec![BarChart {
        id: "participants".into(),
        title: page.t("event-statistics-over-time"),
        label_heading: page.t("event-statistics-time"),
        value_heading: page.t("event-statistics-participants"),
        bars: over_time
            .iter()
            .map(|b| bar(local_parts(b.starts_at).1, i64::from(b.participants)))
            .collect(),
    }];
    if !per_stand.is_empty() {
        charts.push(BarChart {
            id: "visitors".into(),
            title: page.t("event-statistics-visitors"),
            label_heading: page.t("stand-field-organisation"),
            value_heading: page.t("event-statistics-participants"),
            bars: per_stand.iter().map(|s| bar(s.1.clone(), s.2)).collect(),
        });
        charts.push(BarChart {
            id: "questions".into(),
            title: page.t("event-statistics-questions"),
            label_heading: page.t("stand-field-organisation"),
            value_heading: page.t("event-statistics-question-count"),
            bars: per_stand.iter().map(|s| bar(s.1.clone(), s.3)).collect(),
        });
    }
    // Each organisation once, with all the visitors of its stands.
    let mut entries: Vec<CloudEntry> = Vec::new();
    for (_, organisation, visitors, _) in &per_stand {
        let visitors = u32::try_from(*visitors).unwrap_or(u32::MAX);
        match entries.iter_mut().find(|c| &c.name == organisation) {
            Some(entry) => entry.participants = entry.participants.saturating_add(visitors),
            None => entries.push(CloudEntry {
                name: organisation.clone(),
                participants: visitors,
            }),
        }
    }
    let cloud = lay_out_word_cloud(&entries, CLOUD_WIDTH, CLOUD_HEIGHT);
    let cloud_rows = cloud
        .words
        .iter()
        .map(|w| (w.name.clone(), grouped(i64::from(w.participants))))
        .chain(
            cloud
                .left_out
                .iter()
                .map(|w| (w.name.clone(), grouped(i64::from(w.participants)))),
        )
        .collect();
    let (viewer, _) = crate::activities::viewer_of(visit.viewer.as_ref(), &visit.commune);
    let mut workshops = Vec::new();
    for (activity_id, taken, present) in store::per_workshop(&app.db, e.id).await? {
        let title =
            match crate::activities::visible(&app, &visit.commune, viewer, activity_id).await {
                Ok(a) => super::workshops::title_of(&a, visit.language(), &visit.commune),
                Err(_) => continue,
            };
        workshops.push((title, grouped(taken), grouped(present)));
    }
    let (accounts, guests) = store::registered(&app.db, e.id).await?;
    render(&StatisticsPage {
        back: format!("/c/{}/events/{}", visit.commune.slug, e.id),
        event_title: version_in(&e, visit.language(), &visit.commune)
            .map(|v| v.title.clone())
            .unwrap_or_default(),
        accounts,
        guests,
        cloud: cloud_svg(&cloud, &page.t("event-statistics-cloud")),
        cloud_rows,
        charts,
        workshops,
        page,
    })
}
