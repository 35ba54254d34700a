//! The virtual event day's storage. `scripts/test` runs this file once on SQLite and
//! once on PostgreSQL (`GEMENG_TEST_ENGINE`), so every assertion holds on both engines.

use gemeng_core::account::{Residence, Role};
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::events::{self, NewDocument, NewEvent, NewStand, Places, Scope, Unpublished};
use gemeng_db::posts::Stored;
use gemeng_db::test_support::fresh;
use gemeng_db::{communes, Db};

const NOW: i64 = 1_800_000_000;
const HOUR: i64 = 3_600;

async fn commune(db: &Db, slug: &str) -> i64 {
    let mut tx = db.begin().await.unwrap();
    let c = communes::create(&mut tx, slug, "Testville", "fr", NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    c.id
}

async fn account(db: &Db, commune: i64, email: &str, role: Role) -> i64 {
    let mut tx = db.begin().await.unwrap();
    let id = accounts::create(
        &mut tx,
        &NewAccount {
            commune_id: Some(commune),
            email,
            password_hash: "not-a-real-hash",
            display_name: email,
            language: "fr",
            role,
            address_id: None,
            residence: Residence::Verified,
            email_confirmed: true,
        },
        NOW,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

/// An event of the day after `NOW`, 9:00 to 17:00 (as instants), written and
/// committed; `key` is its request key.
async fn event(
    db: &Db,
    commune: i64,
    organiser: i64,
    registration: &str,
    capacity: i64,
    key: &str,
) -> Stored {
    let mut tx = db.begin().await.unwrap();
    let stored = events::insert(
        &mut tx,
        &NewEvent {
            commune_id: commune,
            organiser_id: organiser,
            day: "2027-01-16",
            starts_at: NOW + 24 * HOUR,
            ends_at: NOW + 32 * HOUR,
            registration,
            capacity,
            link: Some("https://meet.example.lu/orientation"),
            versions: &[
                ("pt", "Dia de orientação", "Stands e oficinas"),
                ("fr", "Journée d’orientation", "Stands et ateliers"),
            ],
            request_key: key,
            at: NOW,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    stored
}

async fn publish(db: &Db, id: i64) -> bool {
    let mut tx = db.begin().await.unwrap();
    let done = events::publish(&mut tx, id, NOW).await.unwrap();
    tx.commit().await.unwrap();
    done
}

const PUBLIC: Scope = Scope {
    residents_only: false,
    unpublished: Unpublished::None,
};

#[tokio::test]
async fn an_event_its_stands_and_workshops_are_stored_whole() {
    let t = fresh().await;
    let db = &t.db;
    let c = commune(db, "testville").await;
    let organiser = account(db, c, "asti@example.lu", Role::Organiser).await;
    let staff = account(db, c, "staff@example.lu", Role::Staff).await;
    let helper = account(db, c, "helper@example.lu", Role::Resident).await;

    // A double click writes one event.
    let first = event(db, c, organiser, "public", 500, "key-1").await;
    let Stored::New(id) = first else {
        panic!("{first:?}")
    };
    assert_eq!(
        event(db, c, organiser, "public", 500, "key-1").await,
        Stored::Again(id)
    );
    let e = events::get(db, c, id).await.unwrap().unwrap();
    assert_eq!((e.capacity, e.registration.as_str()), (500, "public"));
    assert_eq!(e.published_at, None);
    // Versions in the language picker's order (lb, de, fr, en, pt).
    let languages: Vec<&str> = e.versions.iter().map(|v| v.language.as_str()).collect();
    assert_eq!(languages, ["fr", "pt"]);
    // Another commune's id finds nothing.
    let other = commune(db, "otherville").await;
    assert_eq!(events::get(db, other, id).await.unwrap(), None);

    // Unpublished: its organiser and staff list it, nobody else; published, everyone.
    let listed = |scope| async move {
        events::list(db, c, scope, NOW, 50)
            .await
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(listed(PUBLIC).await, Vec::<i64>::new());
    let own = Scope {
        residents_only: false,
        unpublished: Unpublished::OrganisedBy(organiser),
    };
    assert_eq!(listed(own).await, [id]);
    let someone_else = Scope {
        residents_only: true,
        unpublished: Unpublished::OrganisedBy(staff),
    };
    assert_eq!(listed(someone_else).await, Vec::<i64>::new());
    let everything = Scope {
        residents_only: true,
        unpublished: Unpublished::All,
    };
    assert_eq!(listed(everything).await, [id]);
    assert!(publish(db, id).await);
    assert!(!publish(db, id).await, "published once");
    assert_eq!(listed(PUBLIC).await, [id]);
    // A residents-only event is listed only where residents-only ones are.
    let Stored::New(residents) = event(db, c, organiser, "residents_only", 50, "key-2").await
    else {
        panic!()
    };
    publish(db, residents).await;
    assert_eq!(listed(PUBLIC).await, [id]);
    let resident = Scope {
        residents_only: true,
        unpublished: Unpublished::None,
    };
    assert_eq!(listed(resident).await, [id, residents]);
    // Over: listed no more.
    assert_eq!(
        events::list(db, c, everything, NOW + 32 * HOUR, 50)
            .await
            .unwrap(),
        []
    );

    // Stands take the hall's next position, with their texts, staff and documents.
    let mut tx = db.begin().await.unwrap();
    let ministry = events::insert_stand(
        &mut tx,
        id,
        &NewStand {
            organisation: "Ministère de la Famille",
            video_link: Some("https://meet.example.lu/famille"),
            opens_at: NOW + 24 * HOUR,
            closes_at: NOW + 28 * HOUR,
            descriptions: &[("en", "Family allowances"), ("lb", "Familljen")],
            staff: &[staff, helper],
            documents: &[
                NewDocument {
                    file_name: "allocations.pdf",
                    kind: "pdf",
                    size_bytes: 120_000,
                    storage_key: "doc-a",
                },
                NewDocument {
                    file_name: "plan.png",
                    kind: "png",
                    size_bytes: 30_000,
                    storage_key: "doc-b",
                },
            ],
        },
    )
    .await
    .unwrap();
    let asti = events::insert_stand(
        &mut tx,
        id,
        &NewStand {
            organisation: "ASTI",
            video_link: None,
            opens_at: NOW + 24 * HOUR,
            closes_at: NOW + 32 * HOUR,
            descriptions: &[("pt", "Apoio aos imigrantes")],
            staff: &[helper],
            documents: &[],
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let stands = events::stands(db, id).await.unwrap();
    assert_eq!(
        stands
            .iter()
            .map(|s| (s.id, s.position, s.organisation.as_str()))
            .collect::<Vec<_>>(),
        [(ministry, 0, "Ministère de la Famille"), (asti, 1, "ASTI")]
    );
    assert_eq!(
        stands[0].descriptions,
        [
            ("lb".to_string(), "Familljen".to_string()),
            ("en".to_string(), "Family allowances".to_string())
        ]
    );
    let mut both = vec![staff, helper];
    both.sort();
    assert_eq!(stands[0].staff, both);
    assert_eq!(
        stands[0]
            .documents
            .iter()
            .map(|d| (
                d.position,
                d.file_name.as_str(),
                d.kind.as_str(),
                d.size_bytes
            ))
            .collect::<Vec<_>>(),
        [
            (0, "allocations.pdf", "pdf", 120_000),
            (1, "plan.png", "png", 30_000)
        ]
    );
    assert!(stands[1].documents.is_empty());
    assert_eq!(
        events::stands_staffed_by(db, id, helper).await.unwrap(),
        [ministry, asti]
    );
    assert_eq!(
        events::stands_staffed_by(db, id, staff).await.unwrap(),
        [ministry]
    );
    assert_eq!(
        events::stands_staffed_by(db, id, organiser).await.unwrap(),
        Vec::<i64>::new()
    );
    assert_eq!(events::stands(db, residents).await.unwrap(), []);

    // The database refuses again a stand that closes before it opens, and an unknown
    // kind of document.
    let mut tx = db.begin().await.unwrap();
    let backwards = events::insert_stand(
        &mut tx,
        id,
        &NewStand {
            organisation: "Backwards",
            video_link: None,
            opens_at: NOW + 28 * HOUR,
            closes_at: NOW + 24 * HOUR,
            descriptions: &[("fr", "x")],
            staff: &[],
            documents: &[],
        },
    )
    .await;
    assert!(backwards.is_err());
    drop(tx);
    let mut tx = db.begin().await.unwrap();
    let exe = events::insert_stand(
        &mut tx,
        id,
        &NewStand {
            organisation: "Program",
            video_link: None,
            opens_at: NOW + 24 * HOUR,
            closes_at: NOW + 25 * HOUR,
            descriptions: &[("fr", "x")],
            staff: &[],
            documents: &[NewDocument {
                file_name: "setup.exe",
                kind: "exe",
                size_bytes: 1,
                storage_key: "doc-c",
            }],
        },
    )
    .await;
    assert!(exe.is_err());
    drop(tx);
    assert_eq!(events::stands(db, id).await.unwrap().len(), 2);

    // A workshop is an activity of one event at most.
    let activity: i64 = {
        let mut tx = db.begin().await.unwrap();
        let stored = gemeng_db::activities::insert(
            &mut tx,
            &gemeng_db::activities::NewActivity {
                commune_id: c,
                organiser_id: organiser,
                organiser_kind: "association",
                kind: "information_session",
                audience: "public",
                neighbourhood_id: None,
                versions: &[("fr", "Atelier logement", "")],
                sessions: &[(NOW + 25 * HOUR, NOW + 26 * HOUR)],
                place: None,
                link: Some("https://meet.example.lu/logement"),
                capacity: 40,
                languages: &["fr"],
                tables: &[],
                conversation: None,
                request_key: "workshop",
                at: NOW,
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        stored.id()
    };
    let mut tx = db.begin().await.unwrap();
    assert!(events::attach_workshop(&mut tx, id, activity)
        .await
        .unwrap());
    assert!(!events::attach_workshop(&mut tx, id, activity)
        .await
        .unwrap());
    assert!(!events::attach_workshop(&mut tx, residents, activity)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    assert_eq!(events::workshops(db, id).await.unwrap(), [activity]);
    assert!(events::workshops(db, residents).await.unwrap().is_empty());
}

/// What a request for a place does, as the server does it: the event's row locked,
/// a place taken while the confirmed and the awaiting are fewer than the places.
async fn ask_for_a_place(db: &Db, id: i64, user: i64) -> bool {
    let mut tx = db.begin().await.unwrap();
    let places = events::lock_places(&mut tx, id, NOW)
        .await
        .unwrap()
        .unwrap();
    let granted = places.confirmed + places.awaiting_confirmation < places.capacity
        && events::register_account(&mut tx, id, user, "fr", NOW)
            .await
            .unwrap();
    tx.commit().await.unwrap();
    granted
}

#[tokio::test]
async fn many_asking_at_once_from_two_instances_never_pass_the_places() {
    let t = fresh().await;
    let db = &t.db;
    // A second handle on the same database, as a second instance has: its
    // connections race the first one's.
    let other = Db::connect(&t.url).await.unwrap();
    let c = commune(db, "testville").await;
    let organiser = account(db, c, "asti@example.lu", Role::Organiser).await;
    let Stored::New(id) = event(db, c, organiser, "public", 7, "key").await else {
        panic!()
    };
    publish(db, id).await;
    let mut people = Vec::new();
    for n in 0..40 {
        people.push(account(db, c, &format!("p{n}@example.lu"), Role::Resident).await);
    }
    let mut asking = tokio::task::JoinSet::new();
    for (n, person) in people.iter().copied().enumerate() {
        let handle = if n % 2 == 0 {
            db.clone()
        } else {
            other.clone()
        };
        asking.spawn(async move { ask_for_a_place(&handle, id, person).await });
    }
    let mut granted = 0;
    while let Some(answer) = asking.join_next().await {
        granted += usize::from(answer.unwrap());
    }
    assert_eq!(granted, 7);
    let participants = events::participants(db, id, 100).await.unwrap();
    assert_eq!(participants.len(), 7);
    let mut tx = db.begin().await.unwrap();
    assert_eq!(
        events::lock_places(&mut tx, id, NOW).await.unwrap(),
        Some(Places {
            capacity: 7,
            confirmed: 7,
            awaiting_confirmation: 0,
            ends_at: NOW + 32 * HOUR,
            published: true,
        })
    );
    drop(tx);
    // Registering twice is refused by the database too; withdrawing frees the place.
    let holder = participants[0].user_id.unwrap();
    assert!(events::is_registered(db, id, holder).await.unwrap());
    let mut tx = db.begin().await.unwrap();
    assert!(!events::register_account(&mut tx, id, holder, "fr", NOW)
        .await
        .unwrap());
    assert!(events::withdraw(&mut tx, id, holder).await.unwrap());
    assert!(!events::withdraw(&mut tx, id, holder).await.unwrap());
    tx.commit().await.unwrap();
    assert!(!events::is_registered(db, id, holder).await.unwrap());
    assert_eq!(events::participants(db, id, 100).await.unwrap().len(), 6);
    // Erasing an account gives back its place.
    let erased = participants[1].user_id.unwrap();
    let mut tx = db.begin().await.unwrap();
    assert!(gemeng_db::personal_data::erase(&mut tx, c, erased)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    assert_eq!(events::participants(db, id, 100).await.unwrap().len(), 5);
}

#[tokio::test]
async fn guests_hold_a_place_until_they_confirm_or_their_link_lapses() {
    let t = fresh().await;
    let db = &t.db;
    let c = commune(db, "testville").await;
    let organiser = account(db, c, "asti@example.lu", Role::Organiser).await;
    let Stored::New(id) = event(db, c, organiser, "public", 2, "key").await else {
        panic!()
    };
    publish(db, id).await;
    let places = |at: i64| async move {
        let mut tx = db.begin().await.unwrap();
        let p = events::lock_places(&mut tx, id, at).await.unwrap().unwrap();
        (p.confirmed, p.awaiting_confirmation)
    };
    let expires = NOW + 2 * 86_400;
    let mut tx = db.begin().await.unwrap();
    let first = events::register_guest(
        &mut tx,
        id,
        "Maria Silva",
        "maria@example.pt",
        "pt",
        "hash-1",
        expires,
        NOW,
    )
    .await
    .unwrap()
    .unwrap();
    // Asked again before confirming: the same row, a new link; the old one is dead.
    let again = events::register_guest(
        &mut tx,
        id,
        "Maria S.",
        "maria@example.pt",
        "pt",
        "hash-2",
        expires,
        NOW + 60,
    )
    .await
    .unwrap();
    assert_eq!(again, Some(first));
    let found = events::guest_registration(&mut tx, id, "maria@example.pt")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((found.id, found.confirmed_at), (first, None));
    tx.commit().await.unwrap();
    assert_eq!(places(NOW).await, (0, 1), "one address, one place held");
    // Once the link has lapsed, the place is free again and the link confirms nothing.
    assert_eq!(places(expires).await, (0, 0));
    let mut tx = db.begin().await.unwrap();
    assert_eq!(
        events::confirm_guest(&mut tx, "hash-1", NOW).await.unwrap(),
        None
    );
    assert_eq!(
        events::confirm_guest(&mut tx, "hash-2", expires)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        events::confirm_guest(&mut tx, "hash-2", NOW + 120)
            .await
            .unwrap(),
        Some((id, first))
    );
    // Used once: the link works no more; the confirmed address asks in vain.
    assert_eq!(
        events::confirm_guest(&mut tx, "hash-2", NOW + 180)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        events::register_guest(
            &mut tx,
            id,
            "Maria",
            "maria@example.pt",
            "pt",
            "hash-3",
            expires,
            NOW + 240,
        )
        .await
        .unwrap(),
        None
    );
    tx.commit().await.unwrap();
    assert_eq!(places(NOW + 300).await, (1, 0));
    let participants = events::participants(db, id, 10).await.unwrap();
    assert_eq!(participants.len(), 1);
    assert_eq!(
        (participants[0].user_id, participants[0].name.as_str()),
        (None, "Maria S.")
    );
    // The guest later makes an account with the same address, then erases it: the
    // place asked for as a guest goes with it (their data, found by the address).
    let maria = account(db, c, "maria@example.pt", Role::Resident).await;
    let mut tx = db.begin().await.unwrap();
    assert!(gemeng_db::personal_data::erase(&mut tx, c, maria)
        .await
        .unwrap());
    tx.commit().await.unwrap();
    assert!(events::participants(db, id, 10).await.unwrap().is_empty());
}
