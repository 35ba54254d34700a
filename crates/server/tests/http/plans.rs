//! Every query a request makes uses an index on large tables. The test fills the
//! tables that grow with a commune (100,000 accounts, addresses, sessions, codes, audit
//! entries and e-mails), records every statement Gemeng runs while people use its
//! pages and API, and asks the engine for each one's plan: a full scan of a large
//! table fails the test.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use gemeng_core::account::{Residence, Role};
use gemeng_db::Db;
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::Layer;

use crate::support::{TestApp, PASSWORD};

const ROWS: i64 = 100_000;
const LARGE: &[&str] = &[
    "users",
    "addresses",
    "sessions",
    "residence_codes",
    "audit_log",
    "outbox",
    "account_tokens",
    "login_devices",
    "posts",
    "feed_entries",
    "comments",
    "post_thanks",
    "announcements",
    "announcement_versions",
    "announcement_neighbourhoods",
    "announcement_reads",
    "consultations",
    "consultation_neighbourhoods",
    "consultation_named_answers",
    "consultation_anonymous_answers",
    "consultation_participants",
    "consultation_answer_keys",
    "service_threads",
    "service_messages",
    "newsletter_subscriptions",
    "activities",
    "activity_versions",
    "activity_sessions",
    "activity_registrations",
    "activity_calendar_tokens",
    "language_profiles",
    "language_profile_languages",
    "tandems",
    "coaching_requests",
    "events",
    "event_versions",
    "event_registrations",
    "event_visits",
];

/// Collects the SQL of every statement sqlx runs (its `sqlx::query` events).
#[derive(Clone, Default)]
struct Statements(Arc<Mutex<BTreeSet<String>>>);

struct Fields {
    summary: String,
    statement: String,
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "summary" => self.summary = value.to_string(),
            "db.statement" => self.statement = value.to_string(),
            _ => {}
        }
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "db.statement" || field.name() == "summary" {
            self.record_str(field, format!("{value:?}").trim_matches('"'));
        }
    }
}

impl<S: tracing::Subscriber> Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let mut fields = Fields {
            summary: String::new(),
            statement: String::new(),
        };
        event.record(&mut fields);
        let sql = if fields.statement.trim().is_empty() {
            fields.summary
        } else {
            fields.statement.replace("\\n", "\n").trim().to_string()
        };
        if let Ok(mut all) = self.0.lock() {
            all.insert(sql);
        }
    }
}

async fn exec(db: &Db, sql: &str) {
    gemeng_db::with_pool!(db.writer(), |pool| {
        sqlx::raw_sql(sql).execute(pool).await.unwrap();
    });
}

/// Fills the large tables with `ROWS` rows each, in one statement per table.
async fn fill(db: &Db, commune: i64) {
    let series = match db.engine() {
        gemeng_db::Engine::Sqlite => format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ROWS})"
        ),
        gemeng_db::Engine::Postgres => {
            format!("WITH n(i) AS (SELECT generate_series(1, {ROWS})::BIGINT)")
        }
    };
    let base = 10_000_000;
    // A city of 50 quartiers, each address in one of them.
    let quartiers = format!(
        "WITH RECURSIVE q(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM q WHERE i < 50)
        INSERT INTO neighbourhoods (id, commune_id, slug, name, shape, created_at)
        SELECT {base} + i, {commune}, 'q' || i, 'Q' || i, '{{}}', 1 FROM q"
    );
    let statements = [
        quartiers,
        format!("{series} INSERT INTO addresses (id, commune_id, neighbourhood_id, street, number, postcode, locality, lat, lon, natural_key, search_key)
            SELECT {base} + i, {commune}, {base} + 1 + i % 50, 'Rue ' || i, '1', '1000', 'Testville', 0.5, 0.5, 'k' || i, 'rue ' || i || ' 1' FROM n"),
        format!("{series} INSERT INTO users (id, commune_id, email, password_hash, display_name, language, role, address_id, residence, email_confirmed_at, created_at)
            SELECT {base} + i, {commune}, 'p' || i || '@example.lu', 'x', 'Person ' || i, 'fr', 'resident', {base} + i,
                   CASE WHEN i % 100 = 0 THEN 'pending' ELSE 'verified' END, 1, i FROM n"),
        // Staff verified some of them; residents used codes.
        format!("UPDATE users SET verified_by = id - {ROWS} / 2 WHERE id > {base} + {ROWS} / 2"),
        format!("{series} INSERT INTO sessions (token_hash, user_id, kind, device, created_at, last_seen_at, expires_at)
            SELECT 'h' || i, {base} + i, 'browser', '', 1, 1, 2 FROM n"),
        format!("{series} INSERT INTO residence_codes (code_hash, commune_id, kind, user_id, issued_by, created_at, expires_at)
            SELECT 'c' || i, {commune}, 'letter', {base} + i, {base} + 1 + i % 1000, 1, 2 FROM n"),
        "UPDATE residence_codes SET used_by = user_id, used_at = 1 WHERE user_id % 2 = 0".to_string(),
        format!("{series} INSERT INTO audit_log (commune_id, actor_id, action, subject_id, detail, at)
            SELECT {commune}, {base} + 1 + i % 100, 'residence-approved', {base} + i, '', i FROM n"),
        format!("{series} INSERT INTO outbox (commune_id, recipient, subject, body, created_at, next_attempt_at, sent_at)
            SELECT {commune}, 'p' || i || '@example.lu', 's', '', 1, 1, 1 FROM n"),
        format!("{series} INSERT INTO account_tokens (token_hash, user_id, purpose, created_at, expires_at)
            SELECT 't' || i, {base} + i, 'confirm-email', 1, 2 FROM n"),
        format!("{series} INSERT INTO login_devices (token_hash, user_id, created_at, last_used_at)
            SELECT 'd' || i, {base} + i, 1, 1 FROM n"),
        // Every resident posted once; one post in ten is for the whole commune, and is
        // in West's feed too (where the resident of the test reads).
        format!("{series} INSERT INTO posts (id, commune_id, neighbourhood_id, author_id, kind, audience, title, body, body_html, created_at, request_key)
            SELECT {base} + i, {commune}, {base} + 1 + i % 50, {base} + i, 'lend',
                   CASE WHEN i % 10 = 0 THEN 'commune' ELSE 'neighbourhood' END, 'T' || i, 'B', 'B', i, 'k' || i FROM n"),
        format!("{series} INSERT INTO feed_entries (neighbourhood_id, at, item_type, item_id, item_kind)
            SELECT {base} + 1 + i % 50, i, 'post', {base} + i, 'lend' FROM n"),
        format!("{series} INSERT INTO feed_entries (neighbourhood_id, at, item_type, item_id, item_kind)
            SELECT (SELECT id FROM neighbourhoods WHERE commune_id = {commune} AND slug = 'west'), i, 'post', {base} + i, 'lend'
            FROM n WHERE i % 10 = 0"),
        format!("{series} INSERT INTO comments (post_id, author_id, body, body_html, created_at, request_key)
            SELECT {base} + 10 * (1 + i % 1000), {base} + i, 'c', 'c', i, 'k' || i FROM n"),
        format!("{series} INSERT INTO post_thanks (post_id, user_id, created_at)
            SELECT {base} + 10 * (1 + i % 1000), {base} + i, i FROM n"),
        // Announcements: one in ten for the whole commune, the others each for one
        // quartier; one in three public; a few pinned; each read once.
        format!("{series} INSERT INTO announcements (id, commune_id, author_id, whole_commune, is_public, pinned, publish_at, created_at, updated_at, request_key)
            SELECT {base} + i, {commune}, {base} + 1, CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END,
                   CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN i % 1000 = 0 THEN 1 ELSE 0 END, i, i, i, 'k' || i FROM n"),
        format!("{series} INSERT INTO announcement_versions (announcement_id, language, title, body)
            SELECT {base} + i, 'fr', 'Titre ' || i, 'Texte' FROM n"),
        format!("{series} INSERT INTO announcement_neighbourhoods (announcement_id, neighbourhood_id)
            SELECT {base} + i, {base} + 1 + i % 50 FROM n WHERE i % 10 <> 0"),
        format!("{series} INSERT INTO announcement_reads (announcement_id, user_id, read_at)
            SELECT {base} + i, {base} + i, i FROM n"),
        // A commune that has consulted its residents for years: closed consultations,
        // each for one quartier; one named (every resident answered it) and one
        // anonymous (idem) among them.
        format!("{series} INSERT INTO consultations (id, commune_id, kind, status, audience, anonymous,
                results_shown, opens_at, closes_at, definition, created_by, created_at, updated_at, request_key)
            SELECT {base} + i, {commune}, 'poll', 'published', 'neighbourhoods', i % 2, 'never', i, i + 10,
                   '{{}}', {base} + 1 + i % 100, i, i, 'k' || i FROM n"),
        format!("{series} INSERT INTO consultation_neighbourhoods (consultation_id, neighbourhood_id)
            SELECT {base} + i, {base} + 1 + i % 50 FROM n"),
        format!("{series} INSERT INTO consultation_named_answers (consultation_id, resident_id, neighbourhood_id, day, answered_at, answers, request_key)
            SELECT {base} + 2, {base} + i, {base} + 1 + i % 50, 0, i, '{{\"answers\":[]}}', 'k' || i FROM n"),
        // Residents' threads with the commune's five services: every resident wrote
        // once; a third wait, a third are answered, a third closed; one answer each.
        format!("{series} INSERT INTO commune_services (id, commune_id, position, created_at)
            SELECT {base} + i, {commune}, i, 1 FROM n WHERE i <= 5"),
        format!("{series} INSERT INTO commune_service_names (service_id, language, name, description)
            SELECT {base} + i, 'en', 'Service ' || i, '' FROM n WHERE i <= 5"),
        format!("{series} INSERT INTO service_threads (id, commune_id, service_id, resident_id, subject, state,
                waiting_since, assigned_to, created_at, last_at, request_key)
            SELECT {base} + i, {commune}, {base} + 1 + i % 5, {base} + i, 'Subject ' || i,
                   CASE i % 3 WHEN 0 THEN 'waiting' WHEN 1 THEN 'answered' ELSE 'closed' END,
                   CASE WHEN i % 3 = 0 THEN i ELSE NULL END, {base} + 1 + i % 20, i, i, 'k' || i FROM n"),
        format!("{series} INSERT INTO service_messages (thread_id, author_id, from_staff, body, created_at, request_key)
            SELECT {base} + i, {base} + i, 0, 'Hello', i, 'k' || i FROM n"),
        // The newsletter: 100,000 subscribers, one in ten not yet confirmed.
        format!("{series} INSERT INTO newsletter_subscriptions (commune_id, email, language, confirm_hash,
                confirm_expires_at, confirmed_at, stop_token, created_at)
            SELECT {commune}, 'reader' || i || '@example.lu', 'fr', 'h' || i, i,
                   CASE WHEN i % 10 = 0 THEN NULL ELSE i END, 's' || i, i FROM n"),
        format!("{series} INSERT INTO consultation_answer_keys (consultation_id, resident_id, request_key)
            SELECT {base} + 2, {base} + i, 'k' || i FROM n"),
        format!("{series} INSERT INTO consultation_anonymous_answers (answer_key, consultation_id, neighbourhood_id, day, answers)
            SELECT 'k' || i, {base} + 1, {base} + 1 + i % 50, 0, '{{\"answers\":[]}}' FROM n"),
        format!("{series} INSERT INTO consultation_participants (consultation_id, resident_id, request_key)
            SELECT {base} + 1, {base} + i, 'k' || i FROM n"),
        // Activities: every resident organised one (most of them over), each for
        // their quartier or one in ten public; one session each, one place taken each,
        // every one with a reminder sent; everyone has a calendar address.
        format!("{series} INSERT INTO activities (id, commune_id, organiser_id, organiser_kind, kind, audience, neighbourhood_id,
                place, capacity, languages, first_starts_at, last_ends_at, created_at, request_key)
            SELECT {base} + i, {commune}, {base} + i, 'resident', 'neighbourhood_activity',
                   CASE WHEN i % 10 = 0 THEN 'public' ELSE 'neighbourhood' END, {base} + 1 + i % 50,
                   'Place ' || i, 10, 'fr', i * 40000, i * 40000 + 3600, i, 'k' || i FROM n"),
        format!("{series} INSERT INTO activity_versions (activity_id, language, title, description)
            SELECT {base} + i, 'fr', 'Activité ' || i, '' FROM n"),
        format!("{series} INSERT INTO activity_sessions (id, activity_id, starts_at, ends_at)
            SELECT {base} + i, {base} + i, i * 40000, i * 40000 + 3600 FROM n"),
        format!("{series} INSERT INTO activity_registrations (session_id, user_id, status, registered_at, reminded_at)
            SELECT {base} + 1 + i % {ROWS}, {base} + i, 'registered', 1, 1 FROM n"),
        format!("{series} INSERT INTO activity_calendar_tokens (user_id, token, created_at)
            SELECT {base} + i, 'cal' || i, 1 FROM n"),
        // Everyone keeps a language profile; half of them are in a tandem (closed).
        format!("{series} INSERT INTO language_profiles (user_id, commune_id, availability, welcomes_intergenerational, birth_year, updated_at)
            SELECT {base} + i, {commune}, 1 + i % 1000, i % 2, NULL, 1 FROM n"),
        format!("{series} INSERT INTO language_profile_languages (user_id, language, level, learns, offers)
            SELECT {base} + i, 'fr', 'native', 0, 1 FROM n"),
        format!("{series} INSERT INTO tandems (commune_id, first_id, second_id, first_teaches, second_teaches, proposed_at, closed_at, closed_by)
            SELECT {commune}, {base} + i, {base} + i + 1, 'fr', 'pt', 1, 2, {base} + i FROM n WHERE i % 2 = 1 AND i < {ROWS}"),
        // Half of them asked for a coach once; those coachings are over.
        format!("{series} INSERT INTO coaching_requests (commune_id, learner_id, language, level, note, created_at, status, coach_id, proposed_at, closed_at, closed_by)
            SELECT {commune}, {base} + i, 'lb', 'a2', '', 1, 'ended', {base} + i + 1, 1, 2, {base} + i FROM n WHERE i % 2 = 1 AND i < {ROWS}"),
        // A few still wait for a coach, as in a commune where most are long over.
        format!("{series} INSERT INTO coaching_requests (commune_id, learner_id, language, level, note, created_at, status)
            SELECT {commune}, {base} + i, 'de', 'a1', '', 3, 'open' FROM n WHERE i % 50 = 0"),
        // Event days: as many as accounts (most of them over), one in ten public, all
        // published; one place taken at each, by an account or, one in ten, a guest
        // whose link lapsed.
        format!("{series} INSERT INTO events (id, commune_id, organiser_id, day, starts_at, ends_at, registration,
                capacity, published_at, created_at, request_key)
            SELECT {base} + i, {commune}, {base} + i, '2030-01-01', i * 40000, i * 40000 + 3600,
                   CASE WHEN i % 10 = 0 THEN 'public' ELSE 'residents_only' END, 100, 1, i, 'k' || i FROM n"),
        format!("{series} INSERT INTO event_versions (event_id, language, title, description)
            SELECT {base} + i, 'fr', 'Journée ' || i, '' FROM n"),
        format!("{series} INSERT INTO event_registrations (event_id, commune_id, user_id, language, confirmed_at, created_at)
            SELECT {base} + 1 + i % {ROWS}, {commune}, {base} + i, 'fr', 1, 1 FROM n WHERE i % 10 <> 0"),
        format!("{series} INSERT INTO event_registrations (event_id, commune_id, guest_name, guest_email, language,
                confirm_hash, confirm_expires_at, created_at)
            SELECT {base} + 1 + i % {ROWS}, {commune}, 'Guest', 'guest' || i || '@example.org', 'fr', 'gh' || i, i, 1
            FROM n WHERE i % 10 = 0"),
        // A stay in the hall for every place, long over.
        "INSERT INTO event_visits (event_id, registration_id, stand_id, from_at, until_at)
            SELECT event_id, id, NULL, 1, 2 FROM event_registrations".to_string(),
    ];
    for sql in &statements {
        exec(db, sql).await;
    }
    exec(db, "ANALYZE").await;
}

/// The plan of `sql`, and the large tables it reads whole.
async fn full_scans(db: &Db, sql: &str) -> Option<(String, Vec<String>)> {
    match db {
        Db::Sqlite { writer, .. } => {
            let rows: Vec<(i64, i64, i64, String)> =
                sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}"))
                    .fetch_all(writer)
                    .await
                    .ok()?;
            let plan: Vec<String> = rows.into_iter().map(|r| r.3).collect();
            let scans = plan
                .iter()
                .filter_map(|step| {
                    let table = step.strip_prefix("SCAN ")?.split_whitespace().next()?;
                    LARGE.contains(&table).then(|| step.clone())
                })
                .collect();
            Some((plan.join(" / "), scans))
        }
        Db::Postgres(pool) => {
            // A generic plan, as for any value of the parameters. PostgreSQL chooses by
            // cost, and at this size a sequential scan can cost less than a few thousand
            // index lookups; with sequential scans made a last resort, a plan that still
            // scans a table is one no index can serve: the missing index this looks for.
            let mut conn = pool.acquire().await.ok()?;
            for setting in [
                "SET plan_cache_mode = force_generic_plan",
                "SET enable_seqscan = off",
            ] {
                sqlx::query(setting).execute(&mut *conn).await.ok()?;
            }
            sqlx::query(&format!("PREPARE probe AS {sql}"))
                .execute(&mut *conn)
                .await
                .ok()?;
            let parameters = (1..=20).filter(|n| sql.contains(&format!("${n}"))).count();
            let nulls = vec!["NULL"; parameters].join(", ");
            let execute = if parameters == 0 {
                "EXPLAIN EXECUTE probe".to_string()
            } else {
                format!("EXPLAIN EXECUTE probe({nulls})")
            };
            let plan: Vec<String> = sqlx::query_scalar(&execute)
                .fetch_all(&mut *conn)
                .await
                .ok()?;
            sqlx::query("DEALLOCATE probe")
                .execute(&mut *conn)
                .await
                .ok()?;
            let scans = plan
                .iter()
                .filter(|step| {
                    LARGE.iter().any(|t| {
                        step.contains(&format!("Seq Scan on {t} "))
                            || step.trim_end().ends_with(&format!("Seq Scan on {t}"))
                    })
                })
                .cloned()
                .collect();
            Some((plan.join(" / "), scans))
        }
    }
}

#[tokio::test]
async fn request_path_queries_use_indexes_on_large_tables() {
    let statements = Statements::default();
    let subscriber = tracing_subscriber::registry().with(
        statements.clone().with_filter(
            tracing_subscriber::filter::Targets::new()
                .with_target("sqlx::query", tracing::Level::TRACE),
        ),
    );
    // Global: SQLite runs statements on its own threads. nextest gives each test its
    // own process, so this reaches no other test.
    tracing::subscriber::set_global_default(subscriber).expect("no other subscriber");

    let t = TestApp::start().await;
    let f = t.fixture().await;
    fill(&t.db, f.commune).await;
    t.account(
        f.commune,
        "admin@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    statements.0.lock().unwrap().clear();

    // People using Gemeng: a resident, an admin, the API.
    let ana = t.browser();
    ana.login("testville", "ana@example.lu", PASSWORD).await;
    for path in [
        "/c/testville",
        "/c/testville/me",
        "/c/testville/n/west",
        "/c/testville/n/west/neighbours",
        "/c/testville/n/west?kind=lend",
        "/c/testville/n/west?after=99999999999-9999",
        "/c/testville/n/west/posts/10000010",
        "/c/testville/n/west/new",
        "/c/testville/me/data",
        "/c/testville/me/sessions",
        "/c/testville/signup?q=ouest",
        "/c/testville/announcements",
        "/c/testville/announcements?after=0.50.10000050",
        "/c/testville/announcements/10000010",
        "/c/testville/announcements.atom",
        "/c/testville/consultations",
        "/c/testville/consultations/10000001",
        "/c/testville/consultations/10000002/results",
        "/c/testville/services",
        "/c/testville/services?before=99999999999-99999999",
    ] {
        ana.get(path).await;
    }
    // A visitor subscribes to the newsletter, opens the links of an e-mail.
    let visitor = t.browser();
    for path in [
        "/c/testville/newsletter",
        "/c/testville/newsletter/confirm?t=nothing",
        "/c/testville/newsletter/stop?t=s50",
    ] {
        visitor.get(path).await;
    }
    for (action, fields) in [
        (
            "/c/testville/newsletter",
            &[("email", "reader50@example.lu"), ("language", "pt")][..],
        ),
        ("/c/testville/newsletter/confirm", &[("t", "nothing")][..]),
        (
            "/c/testville/newsletter/language",
            &[("t", "s50"), ("language", "de")][..],
        ),
        ("/c/testville/newsletter/stop", &[("t", "s60")][..]),
    ] {
        let r = visitor
            .submit("/c/testville/newsletter", action, fields)
            .await;
        assert!(
            r.status().is_success() || r.status().is_redirection(),
            "{action}: {}",
            r.status()
        );
    }
    // Ana writes to a service and follows her thread.
    let r = ana
        .submit(
            "/c/testville/services",
            "/c/testville/services/threads",
            &[
                ("service", "10000001"),
                ("subject", "Heating"),
                ("body", "Help with the form"),
            ],
        )
        .await;
    assert!(
        r.status().is_redirection(),
        "service thread: {}",
        r.status()
    );
    let service_thread = crate::support::location(&r);
    let service_thread = service_thread.split('?').next().unwrap().to_string();
    ana.get(&service_thread).await;
    let r = ana
        .submit(
            &service_thread,
            &service_thread,
            &[("body", "And a second question")],
        )
        .await;
    assert!(r.status().is_redirection(), "service reply: {}", r.status());
    let service_thread_id = service_thread.rsplit('/').next().unwrap().to_string();
    for path in [
        "/c/testville/activities",
        "/c/testville/activities?after=3999960000.10099999",
        "/c/testville/activities/10099990",
        "/c/testville/activities/10099990/calendar.ics",
        "/c/testville/activities.ics",
        "/c/testville/me/activities",
        "/c/testville/calendar/cal5/activities.ics",
        "/c/testville/me/languages",
    ] {
        ana.get(path).await;
    }
    // Taking a place in a public activity (the last ones are still ahead), and giving
    // it up.
    let show = "/c/testville/activities/10099990";
    for action in ["register", "withdraw"] {
        let r = ana
            .submit(show, &format!("{show}/sessions/10099990/{action}"), &[])
            .await;
        assert!(r.status().is_redirection(), "{action}: {}", r.status());
    }
    // Event days: the list, a public one's page and calendar, a place taken and given
    // up; a guest's request and the page of a confirmation link; the API's reads.
    let event = "/c/testville/events/10099990";
    for path in [
        "/c/testville/events",
        event,
        "/c/testville/events/10099990/calendar.ics",
        "/c/testville/events/confirm?t=no-such-secret",
    ] {
        ana.get(path).await;
    }
    for action in ["register", "withdraw"] {
        let r = ana.submit(event, &format!("{event}/{action}"), &[]).await;
        assert!(
            r.status().is_redirection(),
            "event {action}: {}",
            r.status()
        );
    }
    let guest = t.browser();
    let r = guest
        .submit(
            event,
            &format!("{event}/guests"),
            &[("name", "Rosa"), ("email", "rosa@example.org")],
        )
        .await;
    assert!(r.status().is_redirection(), "guest: {}", r.status());
    for path in [
        "/api/v1/communes/testville/events",
        "/api/v1/communes/testville/events/10099990",
    ] {
        guest.get(path).await;
    }
    // The reminders' job over the whole table.
    gemeng::activities::reminders::send_due(&t.jobs_app())
        .await
        .unwrap();
    // Writing: a post for West and the next quartiers, an answer, a thank-you.
    let post = "/c/testville/n/west/posts/10000010";
    for (form, action, fields) in [
        (
            "/c/testville/n/west/new",
            "/c/testville/n/west/posts",
            &[
                ("kind", "lend"),
                ("title", "Ladder"),
                ("body", "A ladder to lend"),
                ("audience", "adjacent"),
            ][..],
        ),
        (
            post,
            &format!("{post}/comments")[..],
            &[("body", "Thank you")][..],
        ),
        (post, &format!("{post}/thanks")[..], &[][..]),
    ] {
        let r = ana.submit(form, action, fields).await;
        assert!(r.status().is_redirection(), "{action}: {}", r.status());
    }
    let admin = t.browser();
    admin.login("testville", "admin@example.lu", PASSWORD).await;
    // A consultation for everyone, open: Ana answers it (the resident's write).
    let draft = "/c/testville/staff/consultations/new";
    let r = admin
        .submit(
            draft,
            "/c/testville/staff/consultations",
            &[
                ("text", "title\nen: Bins\nquestion yesno\nen: Weekly?\n"),
                ("opens_on", "2020-01-01"),
                ("closes_on", "2099-01-01"),
                ("audience", "commune"),
                ("anonymous", "yes"),
                ("results_shown", "while_open"),
            ],
        )
        .await;
    let open = crate::support::location(&r);
    let open = open.split('?').next().unwrap().to_string();
    let r = admin.submit(&open, &format!("{open}/publish"), &[]).await;
    assert!(r.status().is_redirection(), "publish: {}", r.status());
    let id = open.rsplit('/').next().unwrap().to_string();
    let answer = format!("/c/testville/consultations/{id}");
    let r = ana.submit(&answer, &answer, &[("q1", "yes")]).await;
    assert!(r.status().is_redirection(), "answer: {}", r.status());
    for path in [
        "/c/testville/staff/consultations",
        "/c/testville/staff/consultations/10000002",
        "/c/testville/staff/consultations/10000001/results",
        "/c/testville/staff/consultations/10000002/results",
        "/c/testville/staff/consultations/10000002/answers.csv",
        "/c/testville/staff/consultations/10000001/answers.csv",
        "/c/testville/staff",
        "/c/testville/staff/roles",
        "/c/testville/staff/roles?q=person%2099",
        "/c/testville/staff/announcements",
        "/c/testville/staff/announcements/10000010/edit",
        "/c/testville/staff/services",
        "/c/testville/staff/services?after=50-10000050",
        "/c/testville/staff/services?state=answered&service=10000002",
        "/c/testville/staff/services?state=closed&mine=yes&after=50-10000050",
        "/c/testville/staff/services/threads/10000003",
        "/c/testville/staff/services/list",
    ] {
        admin.get(path).await;
    }
    let staff_thread = format!("/c/testville/staff/services/threads/{service_thread_id}");
    for (action, fields) in [
        (staff_thread.clone(), &[("body", "Come on Tuesday")][..]),
        (format!("{staff_thread}/close"), &[][..]),
    ] {
        let r = admin.submit(&staff_thread, &action, fields).await;
        assert!(r.status().is_redirection(), "{action}: {}", r.status());
    }
    for path in [
        "/c/testville/activities",
        "/c/testville/activities/10000010/registrations",
        "/c/testville/staff/tandems",
    ] {
        admin.get(path).await;
    }
    // A language profile saved, and the tandems read, by a resident.
    let languages = "/c/testville/me/languages";
    let r = ana
        .submit(
            languages,
            languages,
            &[
                ("level-fr", "native"),
                ("offers-fr", "yes"),
                ("slot", "monday-evening"),
            ],
        )
        .await;
    assert!(r.status().is_redirection(), "profile: {}", r.status());
    // The language page, with its requests for a coach and coachings.
    ana.get(languages).await;
    let token = crate::api::token(&t, "testville", "admin@example.lu").await;
    for path in [
        "/api/v1/communes/testville/me",
        "/api/v1/communes/testville/pending-residents",
        "/api/v1/communes/testville/members?q=person",
        "/api/v1/communes/testville/neighbourhoods/west",
        "/api/v1/communes/testville/announcements",
        "/api/v1/communes/testville/announcements/10000010/reach",
        "/api/v1/communes/testville/staff/consultations",
        "/api/v1/communes/testville/staff/consultations/10000002/results",
        "/api/v1/communes/testville/staff/service-threads",
        "/api/v1/communes/testville/staff/service-threads?state=closed&after=50-10000050",
        "/api/v1/communes/testville/staff/service-threads/10000003",
        "/api/v1/communes/testville/activities",
        "/api/v1/communes/testville/activities/10000010",
        "/api/v1/communes/testville/activities/10000010/registrations",
    ] {
        reqwest::Client::new()
            .get(t.url(path))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
    }
    ana.submit("/c/testville/me", "/c/testville/logout", &[])
        .await;

    let recorded: Vec<String> = statements.0.lock().unwrap().iter().cloned().collect();
    let mut explained = 0;
    let mut scanning = Vec::new();
    for sql in &recorded {
        let head = sql.trim_start().to_uppercase();
        if !(head.starts_with("SELECT") || head.starts_with("UPDATE") || head.starts_with("DELETE"))
        {
            continue;
        }
        if let Some((plan, scans)) = full_scans(&t.db, sql).await {
            explained += 1;
            if !scans.is_empty() {
                scanning.push(format!("{sql}\n  plan: {plan}"));
            }
        }
    }
    assert!(
        explained >= 20,
        "only {explained} of {} statements explained: {recorded:#?}",
        recorded.len()
    );
    assert!(
        scanning.is_empty(),
        "full scans of large tables:\n{}",
        scanning.join("\n\n")
    );
}
