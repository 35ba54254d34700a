//! Everything Gemeng holds about a person, in one registry that the export ("your
//! data") and the erasure of an account both walk. A capability that stores something
//! about people adds its table here; a test fails if a column referring to an account
//! is missing, so nothing is forgotten in an export or left behind by an erasure.

use serde_json::{Map, Value};
use sqlx::Row;

use crate::tx::{Change, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

/// How a table's rows point at the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A column holding the account's id.
    Account,
    /// A column holding the account's e-mail address (mail sent to it).
    Email,
}

/// What erasing the account does to these rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnErase {
    /// The rows are the person's own: deleted.
    Delete,
    /// Others need the rows (an invitation a neighbour used, a batch of letters, the
    /// audit trail of decisions): only the link to the person is cut.
    Detach,
}

/// The type of an exported column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    Text,
}

/// One place where something about a person is kept.
#[derive(Debug, Clone, Copy)]
pub struct Holding {
    /// The name it has in the export.
    pub name: &'static str,
    pub table: &'static str,
    pub column: &'static str,
    pub key: Key,
    /// The columns exported; never a hash, a password or a secret code.
    pub export: &'static [(&'static str, Kind)],
    pub on_erase: OnErase,
    /// A Fluent key saying in plain words what this is, for the "your data" page.
    pub describes: &'static str,
}

use Kind::{Number, Text};

/// Every place. The account's own row (`users`) is exported and erased separately.
pub const HOLDINGS: &[Holding] = &[
    Holding {
        name: "sessions",
        table: "sessions",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("kind", Text),
            ("device", Text),
            ("created_at", Number),
            ("last_seen_at", Number),
            ("expires_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-sessions",
    },
    Holding {
        name: "trusted_browsers",
        table: "login_devices",
        column: "user_id",
        key: Key::Account,
        export: &[("created_at", Number), ("last_used_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-trusted-browsers",
    },
    Holding {
        name: "email_links",
        table: "account_tokens",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("purpose", Text),
            ("created_at", Number),
            ("expires_at", Number),
            ("used_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-email-links",
    },
    Holding {
        name: "residence_letters",
        table: "residence_codes",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("kind", Text),
            ("created_at", Number),
            ("expires_at", Number),
            ("used_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-residence-letters",
    },
    Holding {
        name: "codes_given",
        table: "residence_codes",
        column: "issued_by",
        key: Key::Account,
        export: &[
            ("kind", Text),
            ("created_at", Number),
            ("expires_at", Number),
            ("used_at", Number),
        ],
        on_erase: OnErase::Detach,
        describes: "data-codes-given",
    },
    Holding {
        name: "codes_used",
        table: "residence_codes",
        column: "used_by",
        key: Key::Account,
        export: &[("kind", Text), ("used_at", Number)],
        on_erase: OnErase::Detach,
        describes: "data-codes-used",
    },
    Holding {
        name: "posts",
        table: "posts",
        column: "author_id",
        key: Key::Account,
        export: &[
            ("kind", Text),
            ("audience", Text),
            ("title", Text),
            ("body", Text),
            ("state", Text),
            ("created_at", Number),
            ("edited_at", Number),
            ("deleted_at", Number),
            ("hidden_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-posts",
    },
    Holding {
        name: "comments",
        table: "comments",
        column: "author_id",
        key: Key::Account,
        export: &[
            ("post_id", Number),
            ("body", Text),
            ("created_at", Number),
            ("edited_at", Number),
            ("deleted_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-comments",
    },
    Holding {
        name: "thanks_given",
        table: "post_thanks",
        column: "user_id",
        key: Key::Account,
        export: &[("post_id", Number), ("created_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-thanks",
    },
    Holding {
        name: "posts_hidden",
        table: "posts",
        column: "hidden_by",
        key: Key::Account,
        export: &[("hidden_at", Number), ("hidden_reason", Text)],
        on_erase: OnErase::Detach,
        describes: "data-posts-hidden",
    },
    Holding {
        name: "comments_hidden",
        table: "comments",
        column: "hidden_by",
        key: Key::Account,
        export: &[("hidden_at", Number), ("hidden_reason", Text)],
        on_erase: OnErase::Detach,
        describes: "data-comments-hidden",
    },
    Holding {
        name: "blocks",
        table: "blocks",
        column: "blocker_id",
        key: Key::Account,
        export: &[("blocked_id", Number), ("created_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-blocks",
    },
    Holding {
        // That someone blocked the person, never who: the block is the blocker's.
        name: "blocked_by_others",
        table: "blocks",
        column: "blocked_id",
        key: Key::Account,
        export: &[("created_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-blocked-by",
    },
    Holding {
        name: "conversations",
        table: "message_threads",
        column: "low_id",
        key: Key::Account,
        export: &[("id", Number), ("high_id", Number), ("created_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-conversations",
    },
    Holding {
        name: "conversations_joined",
        table: "message_threads",
        column: "high_id",
        key: Key::Account,
        export: &[("id", Number), ("low_id", Number), ("created_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-conversations",
    },
    Holding {
        name: "messages_sent",
        table: "messages",
        column: "sender_id",
        key: Key::Account,
        export: &[
            ("thread_id", Number),
            ("body", Text),
            ("created_at", Number),
            ("hidden_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-messages",
    },
    Holding {
        name: "messages_hidden",
        table: "messages",
        column: "hidden_by",
        key: Key::Account,
        export: &[("hidden_at", Number), ("hidden_reason", Text)],
        on_erase: OnErase::Detach,
        describes: "data-messages-hidden",
    },
    Holding {
        name: "reports_made",
        table: "reports",
        column: "reporter_id",
        key: Key::Account,
        export: &[
            ("item_type", Text),
            ("item_id", Number),
            ("reason", Text),
            ("details", Text),
            ("created_at", Number),
        ],
        on_erase: OnErase::Detach,
        describes: "data-reports",
    },
    Holding {
        name: "reports_judged",
        table: "reports",
        column: "closed_by",
        key: Key::Account,
        export: &[
            ("item_type", Text),
            ("outcome", Text),
            ("closed_at", Number),
        ],
        on_erase: OnErase::Detach,
        describes: "data-reports-judged",
    },
    Holding {
        name: "notice_settings",
        table: "notice_settings",
        column: "user_id",
        key: Key::Account,
        export: &[("topic", Text), ("frequency", Text)],
        on_erase: OnErase::Delete,
        describes: "data-notice-settings",
    },
    Holding {
        // The unsubscribe secret is not exported: only that there is one.
        name: "notice_link",
        table: "notice_tokens",
        column: "user_id",
        key: Key::Account,
        export: &[("user_id", Number)],
        on_erase: OnErase::Delete,
        describes: "data-notice-link",
    },
    Holding {
        name: "digest_waiting",
        table: "notice_digest_items",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("topic", Text),
            ("item_type", Text),
            ("item_id", Number),
            ("created_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-digest",
    },
    Holding {
        name: "digest_sent",
        table: "notice_digests_sent",
        column: "user_id",
        key: Key::Account,
        export: &[("at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-digest",
    },
    Holding {
        name: "letter_batches_printed",
        table: "letter_batches",
        column: "created_by",
        key: Key::Account,
        export: &[("created_at", Number), ("letters", Number)],
        on_erase: OnErase::Detach,
        describes: "data-letter-batches",
    },
    Holding {
        name: "residents_verified",
        table: "users",
        column: "verified_by",
        key: Key::Account,
        export: &[("verified_at", Number), ("verification_method", Text)],
        on_erase: OnErase::Detach,
        describes: "data-residents-verified",
    },
    Holding {
        name: "decisions_taken",
        table: "audit_log",
        column: "actor_id",
        key: Key::Account,
        export: &[("action", Text), ("detail", Text), ("at", Number)],
        on_erase: OnErase::Detach,
        describes: "data-decisions-taken",
    },
    Holding {
        name: "decisions_about_you",
        table: "audit_log",
        column: "subject_id",
        key: Key::Account,
        export: &[("action", Text), ("detail", Text), ("at", Number)],
        on_erase: OnErase::Detach,
        describes: "data-decisions-about-you",
    },
    Holding {
        name: "imports_started",
        table: "import_jobs",
        column: "requested_by",
        key: Key::Account,
        export: &[("kind", Text), ("created_at", Number), ("outcome", Text)],
        on_erase: OnErase::Detach,
        describes: "data-imports-started",
    },
    Holding {
        name: "time_bank_account",
        table: "timebank_accounts",
        column: "user_id",
        key: Key::Account,
        export: &[("balance", Number), ("opened_at", Number)],
        // The ledger must still balance for everyone the person exchanged with: the
        // account and its transfers stay, no longer linked to anyone.
        on_erase: OnErase::Detach,
        describes: "data-time-bank-account",
    },
    Holding {
        name: "time_bank_listings",
        table: "timebank_listings",
        column: "author_id",
        key: Key::Account,
        export: &[
            ("kind", Text),
            ("category", Text),
            ("title", Text),
            ("body", Text),
            ("minutes", Number),
            ("created_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-time-bank-listings",
    },
    Holding {
        name: "time_bank_entries_recorded",
        table: "timebank_transfers",
        column: "recorded_by",
        key: Key::Account,
        export: &[
            ("kind", Text),
            ("amount", Number),
            ("memo", Text),
            ("created_at", Number),
        ],
        on_erase: OnErase::Detach,
        describes: "data-time-bank-recorded",
    },
    Holding {
        name: "consultation_answers",
        table: "consultation_named_answers",
        column: "resident_id",
        key: Key::Account,
        export: &[
            ("consultation_id", Number),
            ("answers", Text),
            ("answered_at", Number),
        ],
        // A consultation's results must not change after it closed: the answers stay,
        // no longer linked to anyone (anonymous from then on).
        on_erase: OnErase::Detach,
        describes: "data-consultation-answers",
    },
    Holding {
        name: "consultations_taken_part_in",
        table: "consultation_participants",
        column: "resident_id",
        key: Key::Account,
        // Which anonymous consultations the person answered; their answers are not
        // linked to them, so there are none to show.
        export: &[("consultation_id", Number)],
        on_erase: OnErase::Delete,
        describes: "data-consultation-participation",
    },
    Holding {
        name: "consultation_answer_forms",
        table: "consultation_answer_keys",
        column: "resident_id",
        key: Key::Account,
        // The keys of the forms they sent, only to recognise one sent twice.
        export: &[("consultation_id", Number)],
        on_erase: OnErase::Delete,
        describes: "data-consultation-answer-forms",
    },
    Holding {
        name: "consultations_written",
        table: "consultations",
        column: "created_by",
        key: Key::Account,
        export: &[("id", Number), ("created_at", Number)],
        on_erase: OnErase::Detach,
        describes: "data-consultations-written",
    },
    Holding {
        name: "announcements_read",
        table: "announcement_reads",
        column: "user_id",
        key: Key::Account,
        export: &[("announcement_id", Number), ("read_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-announcements-read",
    },
    Holding {
        name: "announcements_written",
        table: "announcements",
        column: "author_id",
        key: Key::Account,
        export: &[("id", Number), ("created_at", Number)],
        // The commune's announcement stays; it no longer names who wrote it.
        on_erase: OnErase::Detach,
        describes: "data-announcements-written",
    },
    // Activities: what a person organised, registered for, and their calendar secret.
    Holding {
        name: "activities_organised",
        table: "activities",
        column: "organiser_id",
        key: Key::Account,
        export: &[("id", Number), ("kind", Text), ("created_at", Number)],
        // The commune's activity stays for those registered; it no longer names who
        // organised it.
        on_erase: OnErase::Detach,
        describes: "data-activities-organised",
    },
    Holding {
        name: "activity_registrations",
        table: "activity_registrations",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("session_id", Number),
            ("status", Text),
            ("registered_at", Number),
            ("attended", Number),
            ("reminded_at", Number),
            ("table_id", Number),
            ("waits_for", Text),
        ],
        on_erase: OnErase::Delete,
        describes: "data-activity-registrations",
    },
    Holding {
        name: "cafe_tables_hosted",
        table: "activity_tables",
        column: "host_id",
        key: Key::Account,
        export: &[
            ("activity_id", Number),
            ("language", Text),
            ("host_name", Text),
            ("host_level", Text),
        ],
        // The café keeps its table (its learners are seated there); the table no
        // longer names an account, only the name the organiser wrote.
        on_erase: OnErase::Detach,
        describes: "data-cafe-tables-hosted",
    },
    Holding {
        name: "activity_calendar",
        table: "activity_calendar_tokens",
        column: "user_id",
        key: Key::Account,
        // The secret itself is not exported: the page shows it to its owner.
        export: &[("created_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-activity-calendar",
    },
    // Language practice: the profile, its languages, the tandems.
    Holding {
        name: "language_profile",
        table: "language_profiles",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("availability", Number),
            ("welcomes_intergenerational", Number),
            ("birth_year", Number),
            ("updated_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-language-profile",
    },
    Holding {
        name: "language_profile_languages",
        table: "language_profile_languages",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("language", Text),
            ("level", Text),
            ("learns", Number),
            ("offers", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-language-profile-languages",
    },
    Holding {
        name: "tandems_first",
        table: "tandems",
        column: "first_id",
        key: Key::Account,
        export: &[
            ("id", Number),
            ("first_teaches", Text),
            ("second_teaches", Text),
            ("proposed_at", Number),
            ("first_accepted_at", Number),
            ("closed_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-tandems",
    },
    Holding {
        name: "tandems_second",
        table: "tandems",
        column: "second_id",
        key: Key::Account,
        export: &[
            ("id", Number),
            ("first_teaches", Text),
            ("second_teaches", Text),
            ("proposed_at", Number),
            ("second_accepted_at", Number),
            ("closed_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-tandems",
    },
    Holding {
        name: "tandems_closed",
        table: "tandems",
        column: "closed_by",
        key: Key::Account,
        export: &[("id", Number), ("closed_at", Number)],
        // Whose tandem it was stays; who closed it no longer.
        on_erase: OnErase::Detach,
        describes: "data-tandems-closed",
    },
    // Coaching: the requests one made, the ones one was proposed to coach, the
    // requests one closed and the ones one declined to coach.
    Holding {
        name: "coaching_requests",
        table: "coaching_requests",
        column: "learner_id",
        key: Key::Account,
        export: &[
            ("id", Number),
            ("language", Text),
            ("level", Text),
            ("note", Text),
            ("created_at", Number),
            ("proposed_at", Number),
            ("learner_accepted_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-coaching-requests",
    },
    Holding {
        name: "coachings",
        table: "coaching_requests",
        column: "coach_id",
        key: Key::Account,
        export: &[
            ("id", Number),
            ("language", Text),
            ("level", Text),
            ("proposed_at", Number),
            ("coach_accepted_at", Number),
        ],
        // The learner's request stays theirs; `erase` first sends a proposed one back
        // to the staff's list and ends an agreed one.
        on_erase: OnErase::Detach,
        describes: "data-coachings",
    },
    Holding {
        name: "coaching_requests_closed",
        table: "coaching_requests",
        column: "closed_by",
        key: Key::Account,
        export: &[("id", Number)],
        on_erase: OnErase::Detach,
        describes: "data-coaching-requests-closed",
    },
    Holding {
        name: "coaching_declines",
        table: "coaching_declines",
        column: "coach_id",
        key: Key::Account,
        export: &[("request_id", Number), ("declined_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-coaching-declines",
    },
    // The virtual event day: events one organises, stands one staffs, one's places
    // (with an account, or as a guest with the same address).
    Holding {
        name: "events_organised",
        table: "events",
        column: "organiser_id",
        key: Key::Account,
        export: &[("id", Number), ("day", Text), ("created_at", Number)],
        // The event stays for its participants; staff manage it.
        on_erase: OnErase::Detach,
        describes: "data-events-organised",
    },
    Holding {
        name: "event_stands_staffed",
        table: "event_stand_staff",
        column: "user_id",
        key: Key::Account,
        export: &[("stand_id", Number)],
        on_erase: OnErase::Delete,
        describes: "data-event-stands-staffed",
    },
    Holding {
        name: "event_registrations",
        table: "event_registrations",
        column: "user_id",
        key: Key::Account,
        export: &[("event_id", Number), ("created_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-event-registrations",
    },
    Holding {
        name: "event_guest_registrations",
        table: "event_registrations",
        column: "guest_email",
        key: Key::Email,
        export: &[
            ("event_id", Number),
            ("guest_name", Text),
            ("language", Text),
            ("created_at", Number),
            ("confirmed_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-event-guest-registrations",
    },
    // The stands' live Q&A: one's questions (also erased with one's place), the
    // answers one gave and the questions one hid as a stand's staff or an organiser.
    Holding {
        name: "event_questions",
        table: "event_questions",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("stand_id", Number),
            ("body", Text),
            ("asked_at", Number),
            ("answer", Text),
        ],
        on_erase: OnErase::Delete,
        describes: "data-event-questions",
    },
    Holding {
        name: "event_answers",
        table: "event_questions",
        column: "answered_by",
        key: Key::Account,
        export: &[
            ("stand_id", Number),
            ("answer", Text),
            ("answered_at", Number),
        ],
        // The answer stays for those who asked; it no longer names who gave it.
        on_erase: OnErase::Detach,
        describes: "data-event-answers",
    },
    Holding {
        name: "event_questions_hidden",
        table: "event_questions",
        column: "hidden_by",
        key: Key::Account,
        export: &[("stand_id", Number), ("hidden_at", Number)],
        on_erase: OnErase::Detach,
        describes: "data-event-questions-hidden",
    },
    // The lounge's chat: one's messages, and those one hid as an organiser.
    Holding {
        name: "event_lounge_messages",
        table: "event_lounge_messages",
        column: "user_id",
        key: Key::Account,
        export: &[("event_id", Number), ("body", Text), ("sent_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-event-lounge-messages",
    },
    Holding {
        name: "event_lounge_hidden",
        table: "event_lounge_messages",
        column: "hidden_by",
        key: Key::Account,
        export: &[("event_id", Number), ("hidden_at", Number)],
        on_erase: OnErase::Detach,
        describes: "data-event-lounge-hidden",
    },
    // "Meet someone": one's requests and what one said in private chats (a chat
    // itself goes with either person's place).
    Holding {
        name: "event_meet_requests",
        table: "event_meet_requests",
        column: "user_id",
        key: Key::Account,
        export: &[
            ("event_id", Number),
            ("asked_at", Number),
            ("languages", Text),
            ("state", Text),
        ],
        on_erase: OnErase::Delete,
        describes: "data-event-meet-requests",
    },
    Holding {
        name: "event_private_messages",
        table: "event_private_messages",
        column: "user_id",
        key: Key::Account,
        export: &[("chat_id", Number), ("body", Text), ("sent_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-event-private-messages",
    },
    // Reports from the event days' rooms: those one made (never shown to the
    // author), and those one closed as an organiser or a stand's staff.
    Holding {
        name: "event_reports_made",
        table: "event_reports",
        column: "reporter_id",
        key: Key::Account,
        export: &[
            ("event_id", Number),
            ("item_type", Text),
            ("reason", Text),
            ("details", Text),
            ("created_at", Number),
        ],
        // The report stays for the organisers; it no longer names who made it.
        on_erase: OnErase::Detach,
        describes: "data-event-reports-made",
    },
    Holding {
        name: "event_reports_closed",
        table: "event_reports",
        column: "closed_by",
        key: Key::Account,
        export: &[
            ("event_id", Number),
            ("outcome", Text),
            ("closed_at", Number),
        ],
        on_erase: OnErase::Detach,
        describes: "data-event-reports-closed",
    },
    Holding {
        name: "event_staff_presence",
        table: "event_staff_presence",
        column: "user_id",
        key: Key::Account,
        export: &[("stand_id", Number), ("until_at", Number)],
        on_erase: OnErase::Delete,
        describes: "data-event-staff-presence",
    },
    Holding {
        name: "event_mutes_given",
        table: "event_mutes",
        column: "muted_by",
        key: Key::Account,
        export: &[
            ("event_id", Number),
            ("stand_id", Number),
            ("muted_at", Number),
        ],
        // The mute stays for the rest of the day; it no longer names who gave it.
        on_erase: OnErase::Detach,
        describes: "data-event-mutes-given",
    },
    Holding {
        name: "service_threads",
        table: "service_threads",
        column: "resident_id",
        key: Key::Account,
        export: &[
            ("id", Number),
            ("service_id", Number),
            ("subject", Text),
            ("state", Text),
            ("created_at", Number),
        ],
        // The person's own conversations with the commune's services, and every
        // message in them (`ON DELETE CASCADE`).
        on_erase: OnErase::Delete,
        describes: "data-service-threads",
    },
    Holding {
        name: "service_messages",
        table: "service_messages",
        column: "author_id",
        key: Key::Account,
        export: &[
            ("thread_id", Number),
            ("body", Text),
            ("created_at", Number),
        ],
        // A staff member's answers stay in the resident's thread; they no longer name
        // who wrote them. (A resident's own messages go with their threads.)
        on_erase: OnErase::Detach,
        describes: "data-service-messages",
    },
    Holding {
        name: "service_threads_assigned",
        table: "service_threads",
        column: "assigned_to",
        key: Key::Account,
        export: &[("id", Number)],
        on_erase: OnErase::Detach,
        describes: "data-service-threads-assigned",
    },
    Holding {
        name: "newsletter",
        table: "newsletter_subscriptions",
        column: "email",
        key: Key::Email,
        export: &[
            ("commune_id", Number),
            ("language", Text),
            ("created_at", Number),
            ("confirmed_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-newsletter",
    },
    Holding {
        name: "emails",
        table: "outbox",
        column: "recipient",
        key: Key::Email,
        export: &[
            ("subject", Text),
            ("created_at", Number),
            ("sent_at", Number),
            ("failed_at", Number),
        ],
        on_erase: OnErase::Delete,
        describes: "data-emails",
    },
];

/// The account itself, as exported.
const ACCOUNT_EXPORT: &[(&str, Kind)] = &[
    ("email", Text),
    ("display_name", Text),
    ("full_name", Text),
    ("address_extra", Text),
    ("language", Text),
    ("role", Text),
    ("residence", Text),
    ("verification_method", Text),
    ("verified_at", Number),
    ("email_confirmed_at", Number),
    ("created_at", Number),
];

/// Reads `columns` of the rows of `table` where `column` is `key`, as JSON objects.
async fn rows(
    db: &Db,
    table: &str,
    column: &str,
    columns: &[(&str, Kind)],
    key: Value,
) -> DbResult<Vec<Value>> {
    let list: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
    let sql = format!(
        "SELECT {} FROM {table} WHERE {column} = $1 ORDER BY 1",
        list.join(", ")
    );
    with_pool!(db.reader(), |pool| {
        let query = match &key {
            Value::Number(n) => sqlx::query(&sql).bind(n.as_i64().unwrap_or(-1)),
            other => sqlx::query(&sql).bind(other.as_str().unwrap_or("").to_string()),
        };
        let found = query.fetch_all(pool).await?;
        let mut out = Vec::with_capacity(found.len());
        for row in found {
            let mut object = Map::new();
            for (i, (name, kind)) in columns.iter().enumerate() {
                let value = match kind {
                    Kind::Number => row
                        .try_get::<Option<i64>, _>(i)?
                        .map_or(Value::Null, Value::from),
                    Kind::Text => row
                        .try_get::<Option<String>, _>(i)?
                        .map_or(Value::Null, Value::from),
                };
                object.insert((*name).to_string(), value);
            }
            out.push(Value::Object(object));
        }
        Ok(out)
    })
}

/// Everything held about account `user_id`, as one JSON document: the account (with
/// its full address), then every holding by name.
pub async fn export(db: &Db, user_id: i64) -> DbResult<Option<Value>> {
    let account = rows(db, "users", "id", ACCOUNT_EXPORT, Value::from(user_id)).await?;
    let Some(Value::Object(mut account)) = account.into_iter().next() else {
        return Ok(None);
    };
    let email = account
        .get("email")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let address = with_pool!(db.reader(), |pool| {
        sqlx::query_as::<_, (String, String, String, String)>(
            "SELECT a.street, a.number, a.postcode, a.locality FROM users u
             JOIN addresses a ON a.id = u.address_id WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(pool)
        .await?
    });
    account.insert(
        "address".into(),
        address.map_or(Value::Null, |(street, number, postcode, locality)| {
            Value::from(format!("{street} {number}, {postcode} {locality}"))
        }),
    );
    let mut document = Map::new();
    document.insert("account".into(), Value::Object(account));
    for holding in HOLDINGS {
        let key = match holding.key {
            Key::Account => Value::from(user_id),
            Key::Email => Value::from(email.clone()),
        };
        let found = rows(db, holding.table, holding.column, holding.export, key).await?;
        document.insert(holding.name.into(), Value::Array(found));
    }
    Ok(Some(Value::Object(document)))
}

/// Erases account `user_id` of commune `commune_id`: every holding deleted or
/// detached as the registry says, the rate-limit counters named after the person,
/// then the account itself. `false` if there was no such account.
pub async fn erase(tx: &mut Tx, commune_id: i64, user_id: i64) -> DbResult<bool> {
    let email: Option<String> = with_tx!(tx, |conn| {
        sqlx::query_scalar("SELECT email FROM users WHERE id = $1 AND commune_id = $2")
            .bind(user_id)
            .bind(commune_id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some(email) = email else {
        return Ok(false);
    };
    // What the person's posts, comments and thanks left elsewhere: feed rows (which
    // point to posts without a foreign key, since any capability's items are there)
    // and the counts on neighbours' posts.
    for sql in [
        "DELETE FROM feed_entries WHERE item_type = 'post'
            AND item_id IN (SELECT id FROM posts WHERE author_id = $1)",
        "UPDATE posts SET comment_count = comment_count - (SELECT COUNT(*) FROM comments c
            WHERE c.post_id = posts.id AND c.author_id = $1 AND c.deleted_at IS NULL)
            WHERE id IN (SELECT post_id FROM comments WHERE author_id = $1)",
        "UPDATE posts SET thanks_count = thanks_count - 1
            WHERE id IN (SELECT post_id FROM post_thanks WHERE user_id = $1)",
        // A coach who leaves: the request proposed to them is open again for staff to
        // propose another, and a coaching they agreed to is over (the moment it was
        // agreed stands in for its end: the erasure does not read a clock).
        "UPDATE coaching_requests SET status = 'open', coach_id = NULL, proposed_at = NULL,
            coach_accepted_at = NULL, learner_accepted_at = NULL
            WHERE coach_id = $1 AND status = 'proposed'",
        "UPDATE coaching_requests SET status = 'ended',
            closed_at = COALESCE(learner_accepted_at, coach_accepted_at, proposed_at, created_at)
            WHERE coach_id = $1 AND status = 'matched'",
        // A café table's host: the name on the table may be the account's (or the
        // person's own as the organiser wrote it); it goes with the account, and the
        // table stays for its learners with a dash for its host.
        "UPDATE activity_tables SET host_name = '—' WHERE host_id = $1",
    ] {
        with_tx!(tx, |conn| {
            sqlx::query(sql).bind(user_id).execute(&mut *conn).await?;
        });
    }
    for holding in HOLDINGS {
        let sql = match holding.on_erase {
            OnErase::Delete => format!(
                "DELETE FROM {} WHERE {} = $1",
                holding.table, holding.column
            ),
            OnErase::Detach => format!(
                "UPDATE {} SET {col} = NULL WHERE {col} = $1",
                holding.table,
                col = holding.column
            ),
        };
        with_tx!(tx, |conn| {
            match holding.key {
                Key::Account => sqlx::query(&sql).bind(user_id).execute(&mut *conn).await?,
                Key::Email => {
                    // Only this commune's mail: the same address may have an account
                    // in another commune.
                    let sql = format!("{sql} AND commune_id = $2");
                    sqlx::query(&sql)
                        .bind(&email)
                        .bind(commune_id)
                        .execute(&mut *conn)
                        .await?
                }
            };
        });
    }
    // Rate-limit counters are named after the person (see membership's flows).
    let buckets = [
        format!("login-failed:account:{commune_id}:{email}"),
        format!("forgot:{commune_id}:{email}"),
        format!("confirm-resend:{user_id}"),
        format!("verify:{user_id}"),
    ];
    with_tx!(tx, |conn| {
        for bucket in &buckets {
            sqlx::query("DELETE FROM rate_limits WHERE bucket = $1")
                .bind(bucket)
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    });
    tx.changed(Change::Account(user_id));
    tx.changed(Change::SessionsOf(user_id));
    // Its posts left the feeds, its comments and thanks their counts.
    tx.changed(Change::Feeds(commune_id));
    Ok(true)
}

/// Columns of the schema that refer to accounts (foreign keys to `users`), as
/// (table, column), for the test that every one is in [`HOLDINGS`].
pub async fn columns_referring_to_accounts(db: &Db) -> DbResult<Vec<(String, String)>> {
    match db {
        Db::Sqlite { reader, .. } => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .fetch_all(reader)
            .await?;
            let mut found = Vec::new();
            for table in tables {
                let keys: Vec<(String, String)> =
                    sqlx::query_as("SELECT \"table\", \"from\" FROM pragma_foreign_key_list($1)")
                        .bind(&table)
                        .fetch_all(reader)
                        .await?;
                for (target, column) in keys {
                    if target == "users" {
                        found.push((table.clone(), column));
                    }
                }
            }
            found.sort();
            Ok(found)
        }
        Db::Postgres(pool) => {
            let mut found: Vec<(String, String)> = sqlx::query_as(
                "SELECT kcu.table_name::text, kcu.column_name::text
                 FROM information_schema.table_constraints tc
                 JOIN information_schema.key_column_usage kcu
                   ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
                 JOIN information_schema.constraint_column_usage ccu
                   ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
                 WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'users'
                   AND tc.table_schema = current_schema()",
            )
            .fetch_all(pool)
            .await?;
            found.sort();
            Ok(found)
        }
    }
}
