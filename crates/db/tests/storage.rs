//! Storage tests. `scripts/test` runs this file once on SQLite and once on
//! PostgreSQL (`GEMENG_TEST_ENGINE`), so every assertion holds on both engines.

use gemeng_core::account::{Residence, Role, VerificationMethod};
use gemeng_core::address::parse_register;
use gemeng_core::codes::hash_secret;
use gemeng_core::geography::{parse_geojson, rectangle, NeighbourhoodShape};
use gemeng_core::membership::{Refusal, MAX_OPEN_INVITATIONS};
use gemeng_db::account_tokens::{self, Purpose};
use gemeng_db::accounts::{self, CreateError, NewAccount};
use gemeng_db::membership as residence;
use gemeng_db::sessions::{self, SessionKind};
use gemeng_db::test_support::fresh;
use gemeng_db::{addresses, communes, neighbourhoods, outbox, rate_limits, Db};

const NOW: i64 = 1_800_000_000;

/// Runs one storage write in its own transaction, committed, as a flow would: the
/// first argument is the database, the rest go to the function after the transaction.
macro_rules! in_tx {
    ($($f:ident)::+, $db:expr, $($arg:expr),* $(,)?) => {
        async {
            let mut tx = ($db).begin().await.unwrap();
            let out = $($f)::+(&mut tx, $($arg),*).await;
            tx.commit().await.unwrap();
            out
        }
    };
}

/// A commune with two side-by-side neighbourhoods (West: lon 0..1, East: lon 1..2)
/// and an address register with two addresses in each and one outside both.
async fn small_commune(db: &Db) -> (i64, i64, i64) {
    let commune = in_tx!(communes::create, db, "testville", "Testville", "fr", NOW)
        .await
        .unwrap();
    let shapes = vec![
        NeighbourhoodShape {
            name: "West".into(),
            shape: rectangle(0.0, 0.0, 1.0, 1.0),
        },
        NeighbourhoodShape {
            name: "East".into(),
            shape: rectangle(1.0, 0.0, 2.0, 1.0),
        },
    ];
    in_tx!(neighbourhoods::import, db, commune.id, &shapes, NOW)
        .await
        .unwrap();
    let csv = "street,number,postcode,locality,lat,lon\n\
        Rue de l'Ouest,1,1000,Testville,0.5,0.5\n\
        Rue de l'Ouest,2,1000,Testville,0.6,0.5\n\
        Rue de l'Est,1,1001,Testville,0.5,1.5\n\
        Rue de l'Est,2,1001,Testville,0.6,1.5\n\
        Route du Large,9,1002,Testville,0.5,5.0\n";
    let rows = parse_register(csv.as_bytes()).unwrap();
    gemeng_db::test_support::import_addresses(db, commune.id, &rows).await;
    let west = neighbourhoods::by_slug(db, commune.id, "west")
        .await
        .unwrap()
        .unwrap();
    let east = neighbourhoods::by_slug(db, commune.id, "east")
        .await
        .unwrap()
        .unwrap();
    (commune.id, west.id, east.id)
}

async fn address_id(db: &Db, commune: i64, query: &str) -> i64 {
    addresses::search(db, commune, query, 5).await.unwrap()[0].id
}

async fn resident(db: &Db, commune: i64, email: &str, address: i64, residence: Residence) -> i64 {
    in_tx!(
        accounts::create,
        db,
        &NewAccount {
            commune_id: Some(commune),
            email,
            password_hash: "not-a-real-hash",
            display_name: email,
            language: "fr",
            role: Role::Resident,
            address_id: Some(address),
            residence,
            email_confirmed: true,
        },
        NOW,
    )
    .await
    .unwrap()
}

/// The versions of every migration of the engine under test, in order.
fn all_versions() -> Vec<i64> {
    let migrations = match gemeng_db::test_support::engine() {
        gemeng_db::Engine::Sqlite => gemeng_db::MIGRATIONS_SQLITE,
        gemeng_db::Engine::Postgres => gemeng_db::MIGRATIONS_POSTGRES,
    };
    let versions: Vec<i64> = migrations.iter().map(|m| m.version).collect();
    assert!(
        versions.windows(2).all(|w| w[0] < w[1]),
        "in order: {versions:?}"
    );
    versions
}

#[tokio::test]
async fn migrations_apply_once_and_are_recorded() {
    let t = fresh().await;
    assert_eq!(
        gemeng_db::applied_versions(&t.db).await.unwrap(),
        all_versions()
    );
    assert_eq!(gemeng_db::migrate(&t.db, NOW).await.unwrap(), 0);
    assert!(t.db.ping().await);
}

#[tokio::test]
async fn communes_have_unique_valid_slugs() {
    let t = fresh().await;
    in_tx!(communes::create, &t.db, "a-ville", "A", "lb", NOW)
        .await
        .unwrap();
    assert!(
        in_tx!(communes::create, &t.db, "a-ville", "A again", "lb", NOW)
            .await
            .is_err()
    );
    assert!(
        in_tx!(communes::create, &t.db, "Not A Slug", "B", "lb", NOW)
            .await
            .is_err()
    );
    assert_eq!(communes::list(&t.db).await.unwrap().len(), 1);
    assert!(communes::by_slug(&t.db, "nowhere").await.unwrap().is_none());
}

#[tokio::test]
async fn addresses_are_placed_in_their_neighbourhood_and_searchable() {
    let t = fresh().await;
    let (commune, west, east) = small_commune(&t.db).await;
    let found = addresses::search(&t.db, commune, "ouest 2", 10)
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].label(), "Rue de l'Ouest 2, 1000 Testville");
    assert_eq!(found[0].neighbourhood_id, Some(west));
    let east_found = addresses::search(&t.db, commune, "RUE DE L EST", 10)
        .await
        .unwrap();
    assert!(east_found.iter().all(|a| a.neighbourhood_id == Some(east)));
    let outside = addresses::search(&t.db, commune, "large", 10)
        .await
        .unwrap();
    assert_eq!(outside[0].neighbourhood_id, None);
    assert_eq!(
        addresses::search(&t.db, commune, "%", 10).await.unwrap(),
        vec![]
    );
    assert_eq!(addresses::count(&t.db, commune).await.unwrap(), 5);
}

#[tokio::test]
async fn reimporting_shapes_moves_addresses_and_keeps_ids() {
    let t = fresh().await;
    let (commune, west, _) = small_commune(&t.db).await;
    // West grows over the whole map; East shrinks to nothing that holds an address.
    let shapes = vec![
        NeighbourhoodShape {
            name: "West".into(),
            shape: rectangle(0.0, 0.0, 6.0, 1.0),
        },
        NeighbourhoodShape {
            name: "East".into(),
            shape: rectangle(10.0, 0.0, 11.0, 1.0),
        },
    ];
    let result = in_tx!(neighbourhoods::import, &t.db, commune, &shapes, NOW)
        .await
        .unwrap();
    assert_eq!(
        (result.created, result.updated, result.addresses_outside),
        (0, 2, 0)
    );
    let all = addresses::search(&t.db, commune, "testville", 10)
        .await
        .unwrap();
    assert!(all.iter().all(|a| a.neighbourhood_id == Some(west)));
}

#[tokio::test]
async fn the_real_quartiers_import() {
    let t = fresh().await;
    let commune = in_tx!(
        communes::create,
        &t.db,
        "luxembourg",
        "Luxembourg",
        "lb",
        NOW
    )
    .await
    .unwrap();
    let shapes = parse_geojson(include_str!(
        "../../server/demo/luxembourg-city-quartiers.geojson"
    ))
    .unwrap();
    let result = in_tx!(neighbourhoods::import, &t.db, commune.id, &shapes, NOW)
        .await
        .unwrap();
    assert_eq!(result.created, 24);
    let placer = neighbourhoods::placer(&t.db, commune.id).await.unwrap();
    let gare = neighbourhoods::by_slug(&t.db, commune.id, "gare")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(placer.place(6.1335, 49.5998), Some(gare.id));
}

#[tokio::test]
async fn an_email_is_unique_per_commune_only() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let other = in_tx!(
        communes::create,
        &t.db,
        "otherville",
        "Otherville",
        "de",
        NOW
    )
    .await
    .unwrap();
    let address = address_id(&t.db, commune, "ouest 1").await;
    resident(
        &t.db,
        commune,
        "ana@example.lu",
        address,
        Residence::Pending,
    )
    .await;
    let again = in_tx!(
        accounts::create,
        &t.db,
        &NewAccount {
            commune_id: Some(commune),
            email: "ana@example.lu",
            password_hash: "x",
            display_name: "Ana",
            language: "pt",
            role: Role::Resident,
            address_id: Some(address),
            residence: Residence::Pending,
            email_confirmed: false,
        },
        NOW,
    )
    .await;
    assert!(matches!(again, Err(CreateError::EmailTaken)));
    let elsewhere = NewAccount {
        commune_id: Some(other.id),
        email: "ana@example.lu",
        password_hash: "x",
        display_name: "Ana",
        language: "pt",
        role: Role::Staff,
        address_id: None,
        residence: Residence::Verified,
        email_confirmed: true,
    };
    assert!(in_tx!(accounts::create, &t.db, &elsewhere, NOW)
        .await
        .is_ok());
}

#[tokio::test]
async fn accounts_carry_their_neighbourhood_and_permissions() {
    let t = fresh().await;
    let (commune, west, _) = small_commune(&t.db).await;
    let id = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Verified,
    )
    .await;
    let account = accounts::by_id(&t.db, id).await.unwrap().unwrap();
    assert_eq!(account.neighbourhood_id, Some(west));
    assert!(account.actor().is_member_of(west));
    let (found, hash) = accounts::credentials(&t.db, Some(commune), "ana@example.lu")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((found.id, hash.as_str()), (id, "not-a-real-hash"));
    assert!(accounts::credentials(&t.db, None, "ana@example.lu")
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        accounts::neighbours(&t.db, west, 10).await.unwrap().len(),
        1
    );
}

#[tokio::test]
async fn sessions_expire_when_idle_or_too_old() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let user = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Verified,
    )
    .await;
    in_tx!(
        sessions::create,
        &t.db,
        "h1",
        user,
        SessionKind::Browser,
        "",
        NOW,
        1000
    )
    .await
    .unwrap();
    assert_eq!(
        sessions::user_of(&t.db, "h1", SessionKind::Browser, NOW + 50, 100)
            .await
            .unwrap(),
        Some(user)
    );
    // A browser session is not an API token.
    assert_eq!(
        sessions::user_of(&t.db, "h1", SessionKind::Api, NOW + 50, 100)
            .await
            .unwrap(),
        None
    );
    // Idle too long.
    assert_eq!(
        sessions::user_of(&t.db, "h1", SessionKind::Browser, NOW + 500, 100)
            .await
            .unwrap(),
        None
    );
    // Kept alive, but past the absolute expiry.
    in_tx!(
        sessions::create,
        &t.db,
        "h2",
        user,
        SessionKind::Browser,
        "",
        NOW,
        1000
    )
    .await
    .unwrap();
    for step in 1..=9 {
        let at = NOW + step * 90;
        assert_eq!(
            sessions::user_of(&t.db, "h2", SessionKind::Browser, at, 100)
                .await
                .unwrap(),
            Some(user)
        );
    }
    assert_eq!(
        sessions::user_of(&t.db, "h2", SessionKind::Browser, NOW + 1000, 100)
            .await
            .unwrap(),
        None
    );
    // A new password ends every session.
    in_tx!(
        sessions::create,
        &t.db,
        "h3",
        user,
        SessionKind::Api,
        "",
        NOW,
        1000
    )
    .await
    .unwrap();
    in_tx!(accounts::set_password, &t.db, user, "new")
        .await
        .unwrap();
    assert_eq!(
        sessions::user_of(&t.db, "h3", SessionKind::Api, NOW + 1, 100)
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn account_tokens_work_once_and_only_the_latest() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let user = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Pending,
    )
    .await;
    in_tx!(
        account_tokens::issue,
        &t.db,
        "old",
        user,
        Purpose::ResetPassword,
        NOW,
        3600
    )
    .await
    .unwrap();
    in_tx!(
        account_tokens::issue,
        &t.db,
        "new",
        user,
        Purpose::ResetPassword,
        NOW,
        3600
    )
    .await
    .unwrap();
    assert_eq!(
        in_tx!(
            account_tokens::consume,
            &t.db,
            "old",
            Purpose::ResetPassword,
            NOW + 1
        )
        .await
        .unwrap(),
        None
    );
    assert_eq!(
        in_tx!(
            account_tokens::consume,
            &t.db,
            "new",
            Purpose::ConfirmEmail,
            NOW + 1
        )
        .await
        .unwrap(),
        None
    );
    assert!(
        account_tokens::is_valid(&t.db, "new", Purpose::ResetPassword, NOW + 1)
            .await
            .unwrap()
    );
    assert_eq!(
        in_tx!(
            account_tokens::consume,
            &t.db,
            "new",
            Purpose::ResetPassword,
            NOW + 1
        )
        .await
        .unwrap(),
        Some(user)
    );
    assert_eq!(
        in_tx!(
            account_tokens::consume,
            &t.db,
            "new",
            Purpose::ResetPassword,
            NOW + 2
        )
        .await
        .unwrap(),
        None
    );
    in_tx!(
        account_tokens::issue,
        &t.db,
        "late",
        user,
        Purpose::ConfirmEmail,
        NOW,
        60
    )
    .await
    .unwrap();
    assert_eq!(
        in_tx!(
            account_tokens::consume,
            &t.db,
            "late",
            Purpose::ConfirmEmail,
            NOW + 61
        )
        .await
        .unwrap(),
        None
    );
}

#[tokio::test]
async fn concurrent_uses_of_a_token_succeed_once() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let user = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Pending,
    )
    .await;
    in_tx!(
        account_tokens::issue,
        &t.db,
        "race",
        user,
        Purpose::ConfirmEmail,
        NOW,
        3600
    )
    .await
    .unwrap();
    let tries: Vec<_> = (0..8)
        .map(|_| {
            let db = t.db.clone();
            tokio::spawn(async move {
                in_tx!(
                    account_tokens::consume,
                    &db,
                    "race",
                    Purpose::ConfirmEmail,
                    NOW + 1
                )
                .await
                .unwrap()
            })
        })
        .collect();
    let mut successes = 0;
    for t in tries {
        successes += usize::from(t.await.unwrap().is_some());
    }
    assert_eq!(successes, 1);
}

#[tokio::test]
async fn letter_codes_verify_their_own_resident_once() {
    let t = fresh().await;
    let (commune, west, _) = small_commune(&t.db).await;
    let ana = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Pending,
    )
    .await;
    let ben = resident(
        &t.db,
        commune,
        "ben@example.lu",
        address_id(&t.db, commune, "ouest 2").await,
        Residence::Pending,
    )
    .await;
    assert_eq!(
        residence::letters_waiting(&t.db, commune, NOW)
            .await
            .unwrap(),
        2
    );
    let mut codes = vec!["BEN-CODE", "ANA-CODE"];
    let mut next_code = || {
        let code = codes.pop().unwrap().to_string();
        let hash = hash_secret(&code);
        (code, hash)
    };
    let letters = in_tx!(
        residence::issue_letters,
        &t.db,
        commune,
        ana,
        NOW,
        3600,
        &mut next_code
    )
    .await
    .unwrap();
    let printed: Vec<_> = letters
        .iter()
        .map(|(r, c)| (r.user_id, c.as_str()))
        .collect();
    assert_eq!(printed, vec![(ana, "ANA-CODE"), (ben, "BEN-CODE")]);
    assert_eq!(
        residence::letters_waiting(&t.db, commune, NOW)
            .await
            .unwrap(),
        0
    );
    // A lost letter is voided; its resident waits for the next batch again.
    assert!(in_tx!(residence::void_letter, &t.db, commune, ben, NOW)
        .await
        .unwrap());
    assert!(!in_tx!(residence::void_letter, &t.db, commune, ben, NOW)
        .await
        .unwrap());
    assert_eq!(
        residence::letters_waiting(&t.db, commune, NOW)
            .await
            .unwrap(),
        1
    );
    let without_letter: Vec<i64> = accounts::pending_residents(&t.db, commune, NOW, None, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.letter_printed_at.is_none())
        .map(|p| p.id)
        .collect();
    assert_eq!(without_letter, vec![ben]);

    // Ben cannot use Ana's letter; an unknown code is refused; nothing changes.
    let db = &t.db;
    let redeem = |user, code: &str, at| {
        let hash = hash_secret(code);
        async move { in_tx!(residence::redeem, db, commune, user, west, &hash, at).await }
    };
    assert_eq!(
        redeem(ben, "ANA-CODE", NOW + 1).await.unwrap(),
        Err(Refusal::Unknown)
    );
    assert_eq!(
        redeem(ben, "NOPE", NOW + 1).await.unwrap(),
        Err(Refusal::Unknown)
    );
    assert_eq!(
        redeem(ben, "BEN-CODE", NOW + 3601).await.unwrap(),
        Err(Refusal::Expired)
    );
    assert_eq!(
        accounts::by_id(&t.db, ben)
            .await
            .unwrap()
            .unwrap()
            .residence(),
        Residence::Pending
    );

    assert_eq!(
        redeem(ana, "ANA-CODE", NOW + 1).await.unwrap(),
        Ok(VerificationMethod::Letter)
    );
    assert_eq!(
        accounts::by_id(&t.db, ana)
            .await
            .unwrap()
            .unwrap()
            .residence(),
        Residence::Verified
    );
    assert_eq!(
        redeem(ana, "ANA-CODE", NOW + 2).await.unwrap(),
        Err(Refusal::Used)
    );

    // A code of one commune means nothing in another.
    let other = in_tx!(
        communes::create,
        &t.db,
        "otherville",
        "Otherville",
        "de",
        NOW
    )
    .await
    .unwrap();
    let elsewhere = in_tx!(
        residence::redeem,
        &t.db,
        other.id,
        ben,
        west,
        &hash_secret("BEN-CODE"),
        NOW + 1,
    )
    .await
    .unwrap();
    assert_eq!(elsewhere, Err(Refusal::Unknown));
}

#[tokio::test]
async fn invitations_work_only_within_the_neighbourhood() {
    let t = fresh().await;
    let (commune, west, east) = small_commune(&t.db).await;
    let ana = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Verified,
    )
    .await;
    let ben = resident(
        &t.db,
        commune,
        "ben@example.lu",
        address_id(&t.db, commune, "est 1").await,
        Residence::Pending,
    )
    .await;
    let cleo = resident(
        &t.db,
        commune,
        "cleo@example.lu",
        address_id(&t.db, commune, "ouest 2").await,
        Residence::Pending,
    )
    .await;
    let code = hash_secret("INVITE");
    in_tx!(
        residence::issue_invitation,
        &t.db,
        commune,
        ana,
        west,
        "PLAIN-CODE",
        &code,
        NOW,
        3600
    )
    .await
    .unwrap()
    .unwrap();
    // Its inviter can read the open code again (it is handed on later, often days).
    let open = &residence::invitations_of(&t.db, ana).await.unwrap()[0];
    assert_eq!(open.open_code(NOW), Some("PLAIN-CODE"));
    assert_eq!(open.open_code(NOW + 3600), None, "expired: not shown");
    assert_eq!(
        in_tx!(residence::redeem, &t.db, commune, ana, west, &code, NOW)
            .await
            .unwrap(),
        Err(Refusal::Unknown)
    );
    assert_eq!(
        in_tx!(residence::redeem, &t.db, commune, ben, east, &code, NOW)
            .await
            .unwrap(),
        Err(Refusal::OtherNeighbourhood)
    );
    assert_eq!(
        in_tx!(residence::redeem, &t.db, commune, cleo, west, &code, NOW)
            .await
            .unwrap(),
        Ok(VerificationMethod::Invitation)
    );
    let used = &residence::invitations_of(&t.db, ana).await.unwrap()[0];
    assert_eq!(used.used_at, Some(NOW));
    // Once used, only the code's hash stays.
    assert_eq!(used.code, None);
    assert_eq!(used.open_code(NOW), None);
    for i in 0..MAX_OPEN_INVITATIONS {
        let more = hash_secret(&format!("MORE{i}"));
        assert!(in_tx!(
            residence::issue_invitation,
            &t.db,
            commune,
            ana,
            west,
            "PLAIN-CODE",
            &more,
            NOW,
            3600
        )
        .await
        .unwrap()
        .is_some());
    }
    let one_too_many = in_tx!(
        residence::issue_invitation,
        &t.db,
        commune,
        ana,
        west,
        "PLAIN-CODE",
        &hash_secret("X"),
        NOW,
        3600
    )
    .await;
    assert_eq!(one_too_many.unwrap(), None);
}

#[tokio::test]
async fn staff_decisions_touch_only_pending_residents_of_their_commune() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let other = in_tx!(
        communes::create,
        &t.db,
        "otherville",
        "Otherville",
        "de",
        NOW
    )
    .await
    .unwrap();
    let ana = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Pending,
    )
    .await;
    // Nobody decides on themselves, even a pending resident who was made staff.
    let staff = resident(
        &t.db,
        commune,
        "staff@example.lu",
        address_id(&t.db, commune, "ouest 2").await,
        Residence::Pending,
    )
    .await;
    in_tx!(
        accounts::set_role,
        &t.db,
        staff,
        Role::Resident,
        Role::Staff
    )
    .await
    .unwrap();
    assert!(!in_tx!(
        residence::decide_residence,
        &t.db,
        commune,
        staff,
        Residence::Verified,
        staff,
        NOW
    )
    .await
    .unwrap());
    assert_eq!(
        accounts::pending_residents(&t.db, commune, NOW, None, 100)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(!in_tx!(
        residence::decide_residence,
        &t.db,
        other.id,
        ana,
        Residence::Verified,
        1,
        NOW
    )
    .await
    .unwrap());
    assert!(in_tx!(
        residence::decide_residence,
        &t.db,
        commune,
        ana,
        Residence::Refused,
        staff,
        NOW
    )
    .await
    .unwrap());
    assert!(!in_tx!(
        residence::decide_residence,
        &t.db,
        commune,
        ana,
        Residence::Verified,
        staff,
        NOW
    )
    .await
    .unwrap());
    assert!(accounts::pending_residents(&t.db, commune, NOW, None, 100)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn rate_limits_count_this_window_and_the_one_before() {
    let t = fresh().await;
    // NOW is a multiple of 60: windows start at NOW, NOW + 60, …
    for expected in 1..=3 {
        let hits = rate_limits::hit(&t.db, "login:ana", 60, NOW + 10)
            .await
            .unwrap();
        assert_eq!((hits.total, hits.current), (expected, expected));
        assert_eq!(hits.window_end, NOW + 60);
    }
    // A forgiven hit no longer counts.
    rate_limits::forgive(&t.db, "login:ana", 60, NOW + 10)
        .await
        .unwrap();
    // The next window still counts the previous one; two windows later it is gone.
    let next = rate_limits::hit(&t.db, "login:ana", 60, NOW + 60)
        .await
        .unwrap();
    assert_eq!((next.total, next.current), (3, 1));
    // Over a limit of 2 by this window's hits alone: wait for this window and the next.
    assert_eq!(next.retry_after(2, NOW + 70), 50);
    assert_eq!(next.retry_after(0, NOW + 70), 50 + 60);
    let later = rate_limits::hit(&t.db, "login:ana", 60, NOW + 120)
        .await
        .unwrap();
    assert_eq!(later.total, 2);
    assert_eq!(
        rate_limits::hit(&t.db, "login:ben", 60, NOW)
            .await
            .unwrap()
            .total,
        1
    );
    assert_eq!(
        rate_limits::delete_before(&t.db, NOW + 60).await.unwrap(),
        2
    );
}

#[tokio::test]
async fn hits_counted_together_in_a_transaction_see_the_counts_one_after_the_other() {
    let t = fresh().await;
    rate_limits::hit(&t.db, "answers:ana", 60, NOW + 5)
        .await
        .unwrap();
    let mut tx = t.db.begin().await.unwrap();
    let hits = rate_limits::hit_each_in(
        &mut tx,
        &["answers:ben", "answers:ana", "answers:ben", "answers:ben"],
        60,
        NOW + 70,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let seen: Vec<(i64, i64)> = hits.iter().map(|h| (h.total, h.current)).collect();
    // Ana's hit of the window before counts in her total; Ben's three follow each other.
    assert_eq!(seen, [(1, 1), (2, 1), (2, 2), (3, 3)]);
    assert!(hits.iter().all(|h| h.window_end == NOW + 120));
    // Committed: the next hit continues the count.
    let next = rate_limits::hit(&t.db, "answers:ben", 60, NOW + 80)
        .await
        .unwrap();
    assert_eq!((next.total, next.current), (4, 4));
    // Rolled back: nothing counted.
    let mut tx = t.db.begin().await.unwrap();
    rate_limits::hit_each_in(&mut tx, &["answers:cleo"], 60, NOW + 80)
        .await
        .unwrap();
    drop(tx);
    let first = rate_limits::hit(&t.db, "answers:cleo", 60, NOW + 80)
        .await
        .unwrap();
    assert_eq!(first.current, 1);
    let mut tx = t.db.begin().await.unwrap();
    assert!(rate_limits::hit_each_in(&mut tx, &[], 60, NOW)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn parallel_hits_each_see_their_own_count() {
    let t = fresh().await;
    let dbs = handles(&t.url, 3).await;
    let hits: Vec<_> = (0..30)
        .map(|i| {
            let db = dbs[i % dbs.len()].clone();
            tokio::spawn(
                async move { rate_limits::hit(&db, "race", 600, NOW).await.unwrap().total },
            )
        })
        .collect();
    let mut seen = Vec::new();
    for h in hits {
        seen.push(h.await.unwrap());
    }
    seen.sort();
    assert_eq!(seen, (1..=30).collect::<Vec<i64>>());
}

#[tokio::test]
async fn trusted_devices_belong_to_one_account_and_lapse() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let ana = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Verified,
    )
    .await;
    in_tx!(
        gemeng_db::login_devices::trust,
        &t.db,
        "dev1",
        ana,
        None,
        NOW
    )
    .await
    .unwrap();
    let account_of = |hash: &'static str, at| {
        let db = t.db.clone();
        async move {
            gemeng_db::login_devices::account_of(&db, hash, at)
                .await
                .unwrap()
        }
    };
    assert_eq!(account_of("dev1", NOW + 1).await, Some(ana));
    assert_eq!(account_of("other", NOW + 1).await, None);
    let lapse = NOW + gemeng_db::login_devices::TRUST_SECONDS;
    assert_eq!(account_of("dev1", lapse).await, None);
    // Logging in again replaces the token.
    in_tx!(
        gemeng_db::login_devices::trust,
        &t.db,
        "dev2",
        ana,
        Some("dev1"),
        NOW + 5
    )
    .await
    .unwrap();
    assert_eq!(account_of("dev1", NOW + 6).await, None);
    assert_eq!(account_of("dev2", NOW + 6).await, Some(ana));
    gemeng_db::login_devices::forget(&t.db, "dev2")
        .await
        .unwrap();
    assert_eq!(account_of("dev2", NOW + 7).await, None);
}

#[tokio::test]
async fn concurrent_claims_share_out_the_outbox_without_overlap() {
    let t = fresh().await;
    for i in 0..40 {
        in_tx!(
            outbox::enqueue,
            &t.db,
            None,
            &format!("n{i}@example.lu"),
            "Hello",
            "Body",
            NOW
        )
        .await
        .unwrap();
    }
    let claims: Vec<_> = (0..4)
        .map(|_| {
            let db = t.db.clone();
            tokio::spawn(async move {
                // Each "instance" keeps claiming until nothing is left.
                let mut mine = Vec::new();
                loop {
                    let batch = outbox::claim_due(&db, NOW, 7).await.unwrap();
                    if batch.is_empty() {
                        return mine;
                    }
                    mine.extend(batch);
                }
            })
        })
        .collect();
    let mut ids = Vec::new();
    for c in claims {
        ids.extend(c.await.unwrap().into_iter().map(|m| m.id));
    }
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!((ids.len(), total), (40, 40));
}

/// The sender takes the oldest waiting messages first, skipping those claimed or
/// given up, and each announcement counts only its own deliveries.
#[tokio::test]
async fn the_outbox_is_sent_oldest_first_and_announcements_count_their_own() {
    use gemeng_db::announcements::{self, NewAnnouncement};
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let home = address_id(&t.db, commune, "Rue de l'Ouest 1").await;
    let author = resident(
        &t.db,
        commune,
        "staff@example.lu",
        home,
        Residence::Verified,
    )
    .await;
    let mut announced = Vec::new();
    for key in ["first", "second"] {
        let new = NewAnnouncement {
            commune_id: commune,
            author_id: author,
            versions: &[("fr", "Titre", "Texte")],
            neighbourhoods: &[],
            is_public: true,
            pinned: false,
            publish_at: NOW,
            expires_at: None,
            request_key: key,
            at: NOW,
        };
        announced.push(
            in_tx!(announcements::insert, &t.db, &new)
                .await
                .unwrap()
                .id(),
        );
    }
    // Ten messages: 0–3 of the first announcement, 4–6 of the second, 7–9 notices.
    let mut ids = Vec::new();
    for i in 0..10 {
        let to = format!("r{i}@example.lu");
        let id = match i {
            0..=6 => {
                let announcement = announced[usize::from(i > 3)];
                let mut tx = t.db.begin().await.unwrap();
                outbox::enqueue_announcement(
                    &mut tx,
                    commune,
                    announcement,
                    &to,
                    "Titre",
                    "Texte",
                    "https://x/u",
                    NOW,
                )
                .await
                .unwrap();
                tx.commit().await.unwrap();
                gemeng_db::with_pool!(t.db.reader(), |pool| {
                    sqlx::query_scalar::<_, i64>("SELECT MAX(id) FROM outbox")
                        .fetch_one(pool)
                        .await
                        .unwrap()
                })
            }
            _ => in_tx!(
                outbox::enqueue,
                &t.db,
                Some(commune),
                &to,
                "Hello",
                "Body",
                NOW
            )
            .await
            .unwrap(),
        };
        ids.push(id);
    }
    // The second message fails and waits; the others go in order of writing.
    let first = outbox::claim_due(&t.db, NOW, 2).await.unwrap();
    assert_eq!(first.iter().map(|m| m.id).collect::<Vec<_>>(), ids[..2]);
    outbox::mark_failed(&t.db, ids[1], 0, "refused", NOW)
        .await
        .unwrap();
    let next = outbox::claim_due(&t.db, NOW, 3).await.unwrap();
    assert_eq!(next.iter().map(|m| m.id).collect::<Vec<_>>(), ids[2..5]);
    // Sent together: two of the first announcement's, one of the second's, and the
    // first message (also the first announcement's).
    outbox::mark_sent_many(&t.db, &[ids[0], ids[2], ids[3], ids[4]], NOW)
        .await
        .unwrap();
    let reach = |id| announcements::reach(&t.db, id);
    assert_eq!(reach(announced[0]).await.unwrap().delivered, 3);
    assert_eq!(reach(announced[1]).await.unwrap().delivered, 1);
    // Notices alone count for no announcement.
    let rest = outbox::claim_due(&t.db, NOW, 10).await.unwrap();
    assert_eq!(rest.iter().map(|m| m.id).collect::<Vec<_>>(), ids[5..]);
    outbox::mark_sent_many(&t.db, &[ids[7], ids[8]], NOW)
        .await
        .unwrap();
    assert_eq!(reach(announced[0]).await.unwrap().delivered, 3);
    assert_eq!(reach(announced[1]).await.unwrap().delivered, 1);
    // Waiting: the failed one (later), the second announcement's last two, one notice.
    assert_eq!(outbox::pending_count(&t.db).await.unwrap(), 4);
    let later = outbox::claim_due(&t.db, NOW + 31 + outbox::CLAIM_SECONDS, 10)
        .await
        .unwrap();
    assert_eq!(
        later.iter().map(|m| m.id).collect::<Vec<_>>(),
        [ids[1], ids[5], ids[6], ids[9]]
    );
}

#[tokio::test]
async fn the_outbox_retries_with_backoff_erases_bodies_and_gives_up() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let id = in_tx!(
        outbox::enqueue,
        &t.db,
        Some(commune),
        "ana@example.lu",
        "Hello",
        "Your link: https://example.lu/secret",
        NOW
    )
    .await
    .unwrap();
    assert_eq!(outbox::claim_due(&t.db, NOW, 10).await.unwrap().len(), 1);
    // Claimed: another instance finds nothing to send until the claim runs out.
    assert!(outbox::claim_due(&t.db, NOW, 10).await.unwrap().is_empty());
    outbox::mark_failed(&t.db, id, 0, "connection refused", NOW)
        .await
        .unwrap();
    assert!(outbox::claim_due(&t.db, NOW + 10, 10)
        .await
        .unwrap()
        .is_empty());
    let again = outbox::claim_due(&t.db, NOW + 30, 10).await.unwrap();
    assert_eq!(again[0].attempts, 1);
    outbox::mark_sent(&t.db, id, NOW + 30).await.unwrap();
    assert!(outbox::claim_due(&t.db, NOW + 9999, 10)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(outbox::pending_count(&t.db).await.unwrap(), 0);
    let body = gemeng_db::with_pool!(t.db.reader(), |pool| {
        sqlx::query_scalar::<_, String>("SELECT body FROM outbox WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .unwrap()
    });
    assert_eq!(body, "", "a sent message keeps no working link");

    // A message that never goes through is given up after the last attempt.
    let doomed = in_tx!(
        outbox::enqueue,
        &t.db,
        Some(commune),
        "ben@exämple.lu",
        "Hello",
        "Body",
        NOW
    )
    .await
    .unwrap();
    for attempt in 0..outbox::MAX_ATTEMPTS {
        assert!(outbox::undelivered(&t.db, commune, 10)
            .await
            .unwrap()
            .is_empty());
        outbox::mark_failed(&t.db, doomed, attempt, "553 mailbox name not allowed", NOW)
            .await
            .unwrap();
    }
    let given_up = outbox::undelivered(&t.db, commune, 10).await.unwrap();
    assert_eq!(given_up.len(), 1);
    assert_eq!(given_up[0].recipient, "ben@exämple.lu");
    assert!(outbox::claim_due(&t.db, NOW + 10 * 86_400, 10)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(outbox::pending_count(&t.db).await.unwrap(), 0);
    // After the retention period both rows are gone.
    assert_eq!(outbox::purge(&t.db, NOW + 100).await.unwrap(), 2);
}

/// Several handles on one database, each with its own connections: on SQLite they
/// are separate writers, as a second process would be; on PostgreSQL, separate pools.
async fn handles(url: &str, count: usize) -> Vec<Db> {
    let mut all = Vec::new();
    for _ in 0..count {
        all.push(Db::connect(url).await.unwrap());
    }
    all
}

#[tokio::test]
async fn instances_starting_together_migrate_once() {
    let t = gemeng_db::test_support::fresh_unmigrated().await;
    let dbs = handles(&t.url, 4).await;
    let runs: Vec<_> = dbs
        .into_iter()
        .map(|db| tokio::spawn(async move { gemeng_db::migrate(&db, NOW).await }))
        .collect();
    let mut applied = 0;
    for run in runs {
        applied += run.await.unwrap().expect("every instance starts");
    }
    assert_eq!(
        applied,
        all_versions().len(),
        "one instance applies them all, the others find them done"
    );
    assert_eq!(
        gemeng_db::applied_versions(&t.db).await.unwrap(),
        all_versions()
    );
}

#[tokio::test]
async fn parallel_invitations_never_pass_the_cap() {
    let t = fresh().await;
    let (commune, west, _) = small_commune(&t.db).await;
    let ana = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Verified,
    )
    .await;
    let dbs = handles(&t.url, 4).await;
    let attempts: Vec<_> = (0..20)
        .map(|i| {
            let db = dbs[i % dbs.len()].clone();
            tokio::spawn(async move {
                let code = hash_secret(&format!("RACE{i}"));
                in_tx!(
                    residence::issue_invitation,
                    &db,
                    commune,
                    ana,
                    west,
                    "PLAIN-CODE",
                    &code,
                    NOW,
                    3600
                )
                .await
                .expect("a refused invitation is an answer, not an error")
            })
        })
        .collect();
    let mut issued = 0;
    for attempt in attempts {
        issued += i64::from(attempt.await.unwrap().is_some());
    }
    assert_eq!(issued, MAX_OPEN_INVITATIONS);
    let stored = gemeng_db::with_pool!(t.db.reader(), |pool| {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM residence_codes WHERE kind = 'invitation'",
        )
        .fetch_one(pool)
        .await
        .unwrap()
    });
    assert_eq!(stored, MAX_OPEN_INVITATIONS);
}

#[tokio::test]
async fn staff_printing_at_once_print_each_letter_once() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    for (email, query) in [("ana@example.lu", "ouest 1"), ("ben@example.lu", "est 1")] {
        resident(
            &t.db,
            commune,
            email,
            address_id(&t.db, commune, query).await,
            Residence::Pending,
        )
        .await;
    }
    let dbs = handles(&t.url, 3).await;
    let batches: Vec<_> = (0..6)
        .map(|i| {
            let db = dbs[i % dbs.len()].clone();
            tokio::spawn(async move {
                let mut n = 0;
                let mut next_code = move || {
                    n += 1;
                    let code = format!("P{i}-{n}");
                    let hash = hash_secret(&code);
                    (code, hash)
                };
                in_tx!(
                    residence::issue_letters,
                    &db,
                    commune,
                    1,
                    NOW,
                    3600,
                    &mut next_code
                )
                .await
                .unwrap()
                .len()
            })
        })
        .collect();
    let mut printed = 0;
    for batch in batches {
        printed += batch.await.unwrap();
    }
    assert_eq!(printed, 2, "each waiting resident gets exactly one letter");
    let codes = gemeng_db::with_pool!(t.db.reader(), |pool| {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM residence_codes WHERE kind = 'letter'")
            .fetch_one(pool)
            .await
            .unwrap()
    });
    assert_eq!(codes, 2);
}

#[tokio::test]
async fn an_invitation_from_a_neighbour_who_left_no_longer_works() {
    let t = fresh().await;
    let (commune, west, _) = small_commune(&t.db).await;
    let ana = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Verified,
    )
    .await;
    let ben = resident(
        &t.db,
        commune,
        "ben@example.lu",
        address_id(&t.db, commune, "ouest 2").await,
        Residence::Pending,
    )
    .await;
    let code = hash_secret("FROM-ANA");
    in_tx!(
        residence::issue_invitation,
        &t.db,
        commune,
        ana,
        west,
        "PLAIN-CODE",
        &code,
        NOW,
        3600
    )
    .await
    .unwrap()
    .unwrap();
    // Ana moves to the East.
    let east_address = address_id(&t.db, commune, "est 1").await;
    gemeng_db::with_pool!(t.db.writer(), |pool| {
        sqlx::query("UPDATE users SET address_id = $1 WHERE id = $2")
            .bind(east_address)
            .bind(ana)
            .execute(pool)
            .await
            .unwrap()
            .rows_affected()
    });
    assert_eq!(
        in_tx!(residence::redeem, &t.db, commune, ben, west, &code, NOW + 1)
            .await
            .unwrap(),
        Err(Refusal::InviterNotMember)
    );
    let ben_now = accounts::by_id(&t.db, ben).await.unwrap().unwrap();
    assert_eq!(ben_now.residence(), Residence::Pending);
}

#[tokio::test]
async fn every_column_that_refers_to_an_account_is_in_the_registry() {
    let t = fresh().await;
    let found = gemeng_db::personal_data::columns_referring_to_accounts(&t.db)
        .await
        .unwrap();
    assert!(found.len() >= 9, "{found:?}");
    for (table, column) in &found {
        assert!(
            gemeng_db::personal_data::HOLDINGS
                .iter()
                .any(|h| h.table == table && h.column == column),
            "{table}.{column} refers to accounts but is in neither the export nor the erasure"
        );
    }
}

#[tokio::test]
async fn an_export_holds_everything_and_an_erasure_leaves_only_what_others_need() {
    use gemeng_db::{audit, personal_data};
    let t = fresh().await;
    let (commune, west, _) = small_commune(&t.db).await;
    let ana = resident(
        &t.db,
        commune,
        "ana@example.lu",
        address_id(&t.db, commune, "ouest 1").await,
        Residence::Verified,
    )
    .await;
    let ben = resident(
        &t.db,
        commune,
        "ben@example.lu",
        address_id(&t.db, commune, "ouest 2").await,
        Residence::Pending,
    )
    .await;
    // Ana's traces: a session, an e-mail link, a trusted browser, an invitation Ben
    // used, a decision about her, an e-mail, a counter named after her.
    in_tx!(
        sessions::create,
        &t.db,
        "ana-session",
        ana,
        SessionKind::Browser,
        "Firefox · Android",
        NOW,
        1000
    )
    .await
    .unwrap();
    in_tx!(
        account_tokens::issue,
        &t.db,
        "ana-link",
        ana,
        Purpose::ResetPassword,
        NOW,
        3600
    )
    .await
    .unwrap();
    in_tx!(
        gemeng_db::login_devices::trust,
        &t.db,
        "ana-device",
        ana,
        None,
        NOW
    )
    .await
    .unwrap();
    let code = hash_secret("ANA-INVITES");
    in_tx!(
        residence::issue_invitation,
        &t.db,
        commune,
        ana,
        west,
        "PLAIN-CODE",
        &code,
        NOW,
        3600
    )
    .await
    .unwrap()
    .unwrap();
    assert!(
        in_tx!(residence::redeem, &t.db, commune, ben, west, &code, NOW + 1)
            .await
            .unwrap()
            .is_ok()
    );
    in_tx!(
        audit::record,
        &t.db,
        Some(commune),
        None,
        "residence-approved",
        Some(ana),
        "",
        NOW
    )
    .await
    .unwrap();
    in_tx!(
        outbox::enqueue,
        &t.db,
        Some(commune),
        "ana@example.lu",
        "Reset",
        "body",
        NOW
    )
    .await
    .unwrap();
    rate_limits::hit(
        &t.db,
        &format!("forgot:{commune}:ana@example.lu"),
        3600,
        NOW,
    )
    .await
    .unwrap();

    let export = personal_data::export(&t.db, ana).await.unwrap().unwrap();
    assert_eq!(export["account"]["email"], "ana@example.lu");
    assert_eq!(
        export["account"]["address"],
        "Rue de l'Ouest 1, 1000 Testville"
    );
    assert_eq!(export["sessions"][0]["device"], "Firefox · Android");
    assert_eq!(export["email_links"][0]["purpose"], "reset-password");
    assert_eq!(export["trusted_browsers"].as_array().unwrap().len(), 1);
    assert_eq!(export["codes_given"][0]["kind"], "invitation");
    assert_eq!(
        export["decisions_about_you"][0]["action"],
        "residence-approved"
    );
    assert_eq!(export["emails"][0]["subject"], "Reset");
    // No secret is ever exported.
    let text = export.to_string();
    for secret in [
        "ana-session",
        "ana-link",
        "ana-device",
        "not-a-real-hash",
        code.as_str(),
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }

    assert!(in_tx!(personal_data::erase, &t.db, commune, ana)
        .await
        .unwrap());
    assert!(accounts::by_id(&t.db, ana).await.unwrap().is_none());
    assert!(personal_data::export(&t.db, ana).await.unwrap().is_none());
    let count = |sql: &'static str| {
        let db = t.db.clone();
        async move {
            gemeng_db::with_pool!(db.reader(), |pool| sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(pool)
                .await
                .unwrap())
        }
    };
    assert_eq!(count("SELECT COUNT(*) FROM sessions").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM account_tokens").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM login_devices").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM outbox").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM rate_limits").await, 0);
    // What Ben needs stays: his code is still the one that verified him, from nobody.
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM residence_codes WHERE issued_by IS NULL AND used_by IS NOT NULL"
        )
        .await,
        1
    );
    // The decision stays in the audit trail, about nobody.
    assert_eq!(
        count("SELECT COUNT(*) FROM audit_log WHERE subject_id IS NULL").await,
        1
    );
    let ben_now = accounts::by_id(&t.db, ben).await.unwrap().unwrap();
    assert_eq!(ben_now.residence(), Residence::Verified);
    // Erasing twice, or another commune's account, does nothing.
    assert!(!in_tx!(personal_data::erase, &t.db, commune, ana)
        .await
        .unwrap());
    assert!(!in_tx!(personal_data::erase, &t.db, commune + 1000, ben)
        .await
        .unwrap());
}

/// `sslmode` in a PostgreSQL URL is honoured: with `require`, the connection is
/// encrypted when the server offers TLS, and refused when it does not.
#[tokio::test]
async fn postgresql_connections_use_tls_when_the_url_asks() {
    if gemeng_db::test_support::engine() != gemeng_db::Engine::Postgres {
        return;
    }
    let t = fresh().await;
    let server_offers_tls = gemeng_db::with_pool!(t.db.reader(), |pool| {
        sqlx::query_scalar::<_, String>("SHOW ssl")
            .fetch_one(pool)
            .await
            .unwrap()
    }) == "on";
    let url = format!("{}&sslmode=require", t.url);
    match Db::connect(&url).await {
        Ok(db) => {
            assert!(server_offers_tls, "sslmode=require connected without TLS");
            let encrypted = gemeng_db::with_pool!(db.reader(), |pool| {
                sqlx::query_scalar::<_, bool>(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                )
                .fetch_one(pool)
                .await
                .unwrap()
            });
            assert!(encrypted);
        }
        Err(e) => assert!(!server_offers_tls, "TLS was offered but failed: {e}"),
    }
}

#[tokio::test]
async fn one_import_at_a_time_per_commune() {
    let t = fresh().await;
    let (commune, _, _) = small_commune(&t.db).await;
    let start = |at: i64| {
        let db = t.db.clone();
        async move {
            in_tx!(
                gemeng_db::import_jobs::start,
                &db,
                commune,
                "addresses",
                None,
                at,
                at - 3600
            )
            .await
            .unwrap()
        }
    };
    let first = start(NOW).await.expect("the first import starts");
    assert_eq!(start(NOW + 1).await, None, "a second waits for the first");
    gemeng_db::import_jobs::finish(&t.db, first, "done", "{}", NOW + 2)
        .await
        .unwrap();
    let second = start(NOW + 3).await.expect("then another may start");
    // One left running and forgotten (its instance stopped) blocks for an hour only.
    assert_eq!(start(NOW + 3600).await, None);
    assert!(start(NOW + 3604).await.is_some());
    let job = gemeng_db::import_jobs::of_commune(&t.db, commune, second)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(job.outcome, "running");
    assert!(
        gemeng_db::import_jobs::of_commune(&t.db, commune + 1, second)
            .await
            .unwrap()
            .is_none()
    );
}
