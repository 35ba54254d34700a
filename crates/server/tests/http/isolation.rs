//! Isolation, route by route: nobody reads a neighbourhood without membership,
//! nobody acts in another commune, residents cannot use staff routes.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::support::{location, Browser, TestApp, PASSWORD};

struct People {
    anonymous: Browser,
    ana_west: Browser,
    ben_east: Browser,
    pending_west: Browser,
    staff: Browser,
    other_commune: Browser,
}

async fn people(t: &TestApp) -> (People, i64) {
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    t.account(
        f.commune,
        "ben@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "est 1").await),
        Residence::Verified,
    )
    .await;
    let pending = t
        .account(
            f.commune,
            "pending@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 2").await),
            Residence::Pending,
        )
        .await;
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    t.account(
        f.other_commune,
        "other@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let login = |commune: &'static str, email: &'static str| async move {
        let b = t.browser();
        assert_eq!(
            b.login(commune, email, PASSWORD).await.status(),
            StatusCode::SEE_OTHER,
            "{email}"
        );
        b
    };
    let people = People {
        anonymous: t.browser(),
        ana_west: login("testville", "ana@example.lu").await,
        ben_east: login("testville", "ben@example.lu").await,
        pending_west: login("testville", "pending@example.lu").await,
        staff: login("testville", "staff@example.lu").await,
        other_commune: login("otherville", "other@example.lu").await,
    };
    (people, pending)
}

fn is_login_redirect(status: StatusCode, location: &str) -> bool {
    status == StatusCode::SEE_OTHER && location.starts_with("/c/testville/login?next=")
}

#[tokio::test]
async fn every_page_answers_each_kind_of_visitor_as_it_should() {
    let t = TestApp::start().await;
    let (p, pending_id) = people(&t).await;
    // (path, allowed: ana, ben, pending, staff)
    let pages: Vec<(String, [bool; 4])> = vec![
        ("/c/testville".into(), [true, true, true, true]),
        ("/c/testville/me".into(), [true, true, true, true]),
        ("/c/testville/n/west".into(), [true, false, false, false]),
        ("/c/testville/n/east".into(), [false, true, false, false]),
        ("/c/testville/verify".into(), [false, false, true, false]),
        ("/c/testville/staff".into(), [false, false, false, true]),
        (
            "/c/testville/staff/roles".into(),
            [false, false, false, true],
        ),
        // Imports are for commune admins only, so ordinary staff are refused too.
        (
            "/c/testville/staff/import".into(),
            [false, false, false, false],
        ),
    ];
    for (path, allowed) in &pages {
        let public = path == "/c/testville";
        let (status, _) = p.anonymous.page(path).await;
        let r = p.anonymous.get(path).await;
        assert!(
            public && status == StatusCode::OK || is_login_redirect(r.status(), &location(&r)),
            "anonymous {path}: {status}"
        );
        // A session of another commune counts as nobody here.
        let r = p.other_commune.get(path).await;
        assert!(
            public && r.status() == StatusCode::OK || is_login_redirect(r.status(), &location(&r)),
            "other commune {path}"
        );
        for (who, browser, may) in [
            ("ana", &p.ana_west, allowed[0]),
            ("ben", &p.ben_east, allowed[1]),
            ("pending", &p.pending_west, allowed[2]),
            ("staff", &p.staff, allowed[3]),
        ] {
            let (status, _) = browser.page(path).await;
            let expected = if may {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(status, expected, "{who} on {path}");
        }
    }
    // An unknown neighbourhood looks like a foreign one.
    assert_eq!(
        p.ana_west.page("/c/testville/n/nowhere").await.0,
        StatusCode::FORBIDDEN
    );

    // State-changing staff routes refuse residents and other communes, and change nothing.
    let decision = format!("/c/testville/staff/residents/{pending_id}");
    let role = format!("/c/testville/staff/roles/{pending_id}");
    let void_letter = format!("/c/testville/staff/residents/{pending_id}/letter");
    let posts: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (decision.as_str(), vec![("decision", "approve")]),
        (role.as_str(), vec![("role", "moderator")]),
        ("/c/testville/staff/letters", vec![]),
        (void_letter.as_str(), vec![]),
    ];
    for (action, fields) in &posts {
        for (who, browser) in [("ana", &p.ana_west), ("pending", &p.pending_west)] {
            let r = browser.submit("/c/testville", action, fields).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who} POST {action}");
        }
        let r = p.other_commune.submit("/c/testville", action, fields).await;
        assert!(
            is_login_redirect(r.status(), &location(&r)),
            "other commune POST {action}"
        );
    }
    let pending = gemeng_db::accounts::by_id(&t.db, pending_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (pending.residence(), pending.role()),
        (Residence::Pending, Role::Resident)
    );
    assert_eq!(t.count("letter_batches").await, 0);

    // Imports: refused to residents, to staff who are not admins, and to other communes;
    // nothing is written.
    let neighbourhoods = t.count("neighbourhoods").await;
    let geojson =
        br#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Far"},
        "geometry":{"type":"Polygon","coordinates":[[[5,5],[6,5],[6,6],[5,5]]]}}]}"#;
    let csv = b"street,number,postcode,locality,lat,lon\nRue Loin,1,1000,Testville,5.5,5.5\n";
    for (action, name, bytes) in [
        (
            "/c/testville/staff/import/neighbourhoods",
            "far.geojson",
            geojson.to_vec(),
        ),
        (
            "/c/testville/staff/import/addresses",
            "far.csv",
            csv.to_vec(),
        ),
    ] {
        for (who, browser) in [
            ("ana", &p.ana_west),
            ("pending", &p.pending_west),
            ("staff", &p.staff),
        ] {
            let r = crate::staff::upload(browser, action, name, bytes.clone()).await;
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who} POST {action}");
        }
        let r = crate::staff::upload(&p.other_commune, action, name, bytes.clone()).await;
        assert!(
            is_login_redirect(r.status(), &location(&r)),
            "other commune POST {action}"
        );
    }
    assert_eq!(t.count("neighbourhoods").await, neighbourhoods);
    let testville = gemeng_db::communes::by_slug(&t.db, "testville")
        .await
        .unwrap()
        .unwrap();
    assert!(gemeng_db::addresses::search(&t.db, testville.id, "loin", 5)
        .await
        .unwrap()
        .is_empty());

    // One's own account actions: another commune's session is nobody here.
    for action in [
        "/c/testville/me/invitations",
        "/c/testville/me/confirmation",
        "/c/testville/verify",
    ] {
        let r = p
            .other_commune
            .submit("/c/testville", action, &[("code", "ACDE-FGHJ-KMNP")])
            .await;
        assert!(
            is_login_redirect(r.status(), &location(&r)),
            "other commune POST {action}"
        );
    }
    assert_eq!(t.count("residence_codes").await, 0);

    // Staff of this commune cannot decide on a person of another commune.
    let f_other = gemeng_db::communes::by_slug(&t.db, "otherville")
        .await
        .unwrap()
        .unwrap();
    let stranger = t
        .account(
            f_other.id,
            "stranger@example.lu",
            Role::Resident,
            Some(t.address(f_other.id, "ouest 3").await),
            Residence::Pending,
        )
        .await;
    let r = p
        .staff
        .submit(
            "/c/testville",
            &format!("/c/testville/staff/residents/{stranger}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = p
        .staff
        .submit(
            "/c/testville",
            &format!("/c/testville/staff/roles/{stranger}"),
            &[("role", "moderator")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn neighbours_see_street_names_never_house_numbers() {
    let t = TestApp::start().await;
    let (p, _) = people(&t).await;
    let (status, html) = p.ana_west.page("/c/testville/n/west").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Rue de l'Ouest"));
    assert!(
        !html.contains("Ouest 1") && !html.contains("1000 Testville"),
        "{html}"
    );
}
