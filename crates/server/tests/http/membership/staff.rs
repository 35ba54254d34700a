//! Staff work: approving residents, roles, and importing the map and register.

use gemeng_core::account::{Residence, Role};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;

use crate::support::{csrf_in, location, Browser, TestApp, PASSWORD};

#[tokio::test]
async fn staff_approve_and_refuse_pending_residents() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let ana = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Pending,
        )
        .await;
    let ben = t
        .account(
            f.commune,
            "ben@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "est 1").await),
            Residence::Pending,
        )
        .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let r = staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{ana}"),
            &[("decision", "approve")],
        )
        .await;
    // Post, then redirect: reloading the page does not decide again.
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("/c/testville/staff?done=approved&who={ana}")
    );
    let (_, page) = staff.page(&location(&r)).await;
    assert!(page.contains("The resident is approved"));
    let r = staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{ben}"),
            &[("decision", "refuse")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // A decision is taken once; nonsense is refused.
    let r = staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{ben}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{ben}"),
            &[("decision", "maybe")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    // Nobody decides on their own residence, not even a pending resident made staff.
    let cleo = t
        .account(
            f.commune,
            "cleo@example.lu",
            Role::Staff,
            Some(t.address(f.commune, "ouest 3").await),
            Residence::Pending,
        )
        .await;
    let cleo_browser = t.browser();
    cleo_browser
        .login("testville", "cleo@example.lu", PASSWORD)
        .await;
    let own = cleo_browser
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{cleo}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(own.status(), StatusCode::NOT_FOUND);

    let ana_browser = t.browser();
    ana_browser
        .login("testville", "ana@example.lu", PASSWORD)
        .await;
    assert_eq!(
        ana_browser.page("/c/testville/n/west").await.0,
        StatusCode::OK
    );
    let ben_browser = t.browser();
    ben_browser
        .login("testville", "ben@example.lu", PASSWORD)
        .await;
    assert_eq!(
        ben_browser.page("/c/testville/n/east").await.0,
        StatusCode::FORBIDDEN
    );
    assert!(t.count("audit_log").await >= 2);
}

#[tokio::test]
async fn who_may_name_whom() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let admin = t
        .account(
            f.commune,
            "admin@example.lu",
            Role::Admin,
            None,
            Residence::Verified,
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
    let ana = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Verified,
        )
        .await;
    let cleo = t
        .account(
            f.commune,
            "cleo@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 2").await),
            Residence::Pending,
        )
        .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let ok = staff
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{ana}"),
            &[("role", "moderator")],
        )
        .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let (_, page) = staff.page(&location(&ok)).await;
    assert!(page.contains("The role is saved"));
    let too_high = staff
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{ana}"),
            &[("role", "staff")],
        )
        .await;
    assert_eq!(too_high.status(), StatusCode::FORBIDDEN);
    let demote_admin = staff
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{admin}"),
            &[("role", "resident")],
        )
        .await;
    assert_eq!(demote_admin.status(), StatusCode::FORBIDDEN);
    let unverified = staff
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{cleo}"),
            &[("role", "moderator")],
        )
        .await;
    assert_eq!(unverified.status(), StatusCode::CONFLICT);
    assert!(crate::support::body(unverified)
        .await
        .contains("Only a verified resident"));

    let admin_browser = t.browser();
    admin_browser
        .login("testville", "admin@example.lu", PASSWORD)
        .await;
    let r = admin_browser
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{ana}"),
            &[("role", "staff")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let own = admin_browser
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{admin}"),
            &[("role", "staff")],
        )
        .await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    let operator = admin_browser
        .submit(
            "/c/testville/staff/roles",
            &format!("/c/testville/staff/roles/{ana}"),
            &[("role", "operator")],
        )
        .await;
    assert_eq!(operator.status(), StatusCode::FORBIDDEN);
}

/// Posts a file to an import form, with the CSRF token of any page (every page has one).
pub(crate) async fn upload(
    browser: &Browser,
    action: &str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let (_, html) = browser.page("/settings").await;
    let form = Form::new()
        .text("csrf", csrf_in(&html))
        .part("file", Part::bytes(bytes).file_name(name.to_string()));
    let posted = browser
        .client
        .post(format!("{}{action}", browser.base))
        .header("origin", &browser.base)
        .multipart(form)
        .send()
        .await
        .unwrap();
    // An accepted file is imported in the background: its page says how it went (small
    // files are done by the time the page is shown).
    let job = crate::support::location(&posted);
    if posted.status() == reqwest::StatusCode::SEE_OTHER && job.contains("/imports/") {
        browser.get(&job).await
    } else {
        posted
    }
}

#[tokio::test]
async fn imports_report_problems_and_write_nothing_of_a_bad_file() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "admin@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let admin = t.browser();
    admin.login("testville", "admin@example.lu", PASSWORD).await;
    let neighbourhoods = t.count("neighbourhoods").await;
    let addresses = t.count("addresses").await;

    let broken = upload(
        &admin,
        "/c/testville/staff/import/neighbourhoods",
        "x.geojson",
        b"{not json".to_vec(),
    )
    .await;
    assert_eq!(broken.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(broken)
        .await
        .contains("not valid GeoJSON"));
    // "North" overlaps the stored West and East.
    let overlapping = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"North"},
        "geometry":{"type":"Polygon","coordinates":[[[0.5,0.5],[1.5,0.5],[1.5,2],[0.5,2],[0.5,0.5]]]}}]}"#;
    let r = upload(
        &admin,
        "/c/testville/staff/import/neighbourhoods",
        "north.geojson",
        overlapping.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::support::body(r).await;
    assert!(
        html.contains("overlap") && html.contains("North") && html.contains("West"),
        "{html}"
    );

    let csv = "street,number,postcode,locality,lat,lon\nRue Neuve,1,1000,Testville,0.5,0.5\nRue Neuve,2,1000,Testville,far,0.5\n";
    let r = upload(
        &admin,
        "/c/testville/staff/import/addresses",
        "a.csv",
        csv.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(r).await.contains("Line 3"));
    assert_eq!(
        (t.count("neighbourhoods").await, t.count("addresses").await),
        (neighbourhoods, addresses)
    );

    // A good file imports and places its addresses.
    let south = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"South"},
        "geometry":{"type":"Polygon","coordinates":[[[0,-1],[2,-1],[2,0],[0,0],[0,-1]]]}}]}"#;
    let r = upload(
        &admin,
        "/c/testville/staff/import/neighbourhoods",
        "south.geojson",
        south.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(crate::support::body(r)
        .await
        .contains("One neighbourhood created"));
    let csv = "street,number,postcode,locality,lat,lon\nRue du Sud,1,1003,Testville,-0.5,0.5\n";
    let r = upload(
        &admin,
        "/c/testville/staff/import/addresses",
        "a.csv",
        csv.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let placed = gemeng_db::addresses::search(&t.db, f.commune, "rue du sud", 1)
        .await
        .unwrap();
    let south = gemeng_db::neighbourhoods::by_slug(&t.db, f.commune, "south")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(placed[0].neighbourhood_id, Some(south.id));

    // Staff who are not admins may not import.
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    assert_eq!(
        staff.page("/c/testville/staff/import").await.0,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn long_lists_are_paged_and_searchable() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "admin@example.lu",
        Role::Admin,
        None,
        Residence::Verified,
    )
    .await;
    let home = t.address(f.commune, "ouest 1").await;
    for i in 0..60 {
        t.account(
            f.commune,
            &format!("neighbour{i:02}@example.lu"),
            Role::Resident,
            Some(home),
            Residence::Verified,
        )
        .await;
        t.account(
            f.commune,
            &format!("waiting{i:02}@example.lu"),
            Role::Resident,
            Some(home),
            Residence::Pending,
        )
        .await;
    }
    // Someone whose name holds a LIKE wildcard is found only by what was typed.
    t.account(
        f.commune,
        "under_score@example.lu",
        Role::Resident,
        Some(home),
        Residence::Verified,
    )
    .await;
    let admin = t.browser();
    admin.login("testville", "admin@example.lu", PASSWORD).await;

    let (_, first) = admin.page("/c/testville/staff/roles").await;
    assert_eq!(first.matches("<td data-label=\"Name\">").count(), 50);
    let next = first
        .split("href=\"")
        .find(|s| s.starts_with("/c/testville/staff/roles?"))
        .map(|s| s.split('"').next().unwrap().to_string())
        .expect("a link to the next page");
    let (_, second) = admin.page(&next).await;
    // 60 neighbours, the wildcard person and the admin: 62, of which 12 on page two.
    assert_eq!(second.matches("<td data-label=\"Name\">").count(), 12);
    assert!(!second.contains("Next page"));
    assert!(second.contains("neighbour59@example.lu"));
    assert!(!first.contains("neighbour59@example.lu"));

    let (_, found) = admin.page("/c/testville/staff/roles?q=NEIGHBOUR57").await;
    assert_eq!(found.matches("<td data-label=\"Name\">").count(), 1);
    assert!(found.contains("neighbour57@example.lu"));
    let (_, wildcard) = admin.page("/c/testville/staff/roles?q=r0_").await;
    assert!(
        wildcard.contains("Nobody matches this search."),
        "{wildcard}"
    );
    let (_, literal) = admin.page("/c/testville/staff/roles?q=under_").await;
    assert_eq!(literal.matches("<td data-label=\"Name\">").count(), 1);

    // The dashboard counts every pending resident and shows them a page at a time.
    let (_, dashboard) = admin.page("/c/testville/staff").await;
    assert!(
        dashboard.contains("60 residents are waiting"),
        "{dashboard}"
    );
    assert_eq!(dashboard.matches("value=\"approve\"").count(), 50);
    let next = dashboard
        .split("href=\"")
        .find(|s| s.starts_with("/c/testville/staff?after_created="))
        .map(|s| s.split('"').next().unwrap().replace("&amp;", "&"))
        .expect("a link to the next page");
    let (_, rest) = admin.page(&next).await;
    assert_eq!(rest.matches("value=\"approve\"").count(), 10);

    // The API pages the same way.
    let token = crate::api::token(&t, "testville", "admin@example.lu").await;
    let page: serde_json::Value = reqwest::Client::new()
        .get(t.url("/api/v1/communes/testville/pending-residents?limit=25"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let page = page.as_array().unwrap();
    assert_eq!(page.len(), 25);
    let last = &page[24];
    let rest: serde_json::Value = reqwest::Client::new()
        .get(t.url(&format!(
            "/api/v1/communes/testville/pending-residents?limit=200&after_signed_up_at={}&after_id={}",
            last["signed_up_at"], last["id"]
        )))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(rest.as_array().unwrap().len(), 35);
}

/// Staff see what they may change: an admin's role (and their own) as text, not as a
/// form that would be refused; no link to the import page, which only admins open;
/// and column headings that name people, not "Your name".
#[tokio::test]
async fn staff_pages_offer_only_what_staff_may_do() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let admin = t
        .account(
            f.commune,
            "admin@example.lu",
            Role::Admin,
            None,
            Residence::Verified,
        )
        .await;
    let staff_id = t
        .account(
            f.commune,
            "staff@example.lu",
            Role::Staff,
            None,
            Residence::Verified,
        )
        .await;
    let ana = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Verified,
        )
        .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let (_, roles) = staff.page("/c/testville/staff/roles").await;
    assert!(
        roles.contains(&format!("id=\"role-{ana}\"")),
        "a resident's role is a form"
    );
    assert!(
        !roles.contains(&format!("id=\"role-{admin}\"")),
        "an admin's role is not"
    );
    assert!(
        !roles.contains(&format!("id=\"role-{staff_id}\"")),
        "nor one's own"
    );
    assert!(roles.contains("Only an administrator can change this role."));
    assert!(roles.contains("This is you"));
    assert!(!roles.contains("Your name"), "{roles}");
    let (_, dashboard) = staff.page("/c/testville/staff").await;
    assert!(!dashboard.contains("/staff/import\""), "{dashboard}");

    let admin_browser = t.browser();
    admin_browser
        .login("testville", "admin@example.lu", PASSWORD)
        .await;
    let (_, roles) = admin_browser.page("/c/testville/staff/roles").await;
    assert!(roles.contains(&format!("id=\"role-{staff_id}\"")));
    let (_, dashboard) = admin_browser.page("/c/testville/staff").await;
    assert!(dashboard.contains("/c/testville/staff/import\""));
}

/// An approval or refusal can be taken back by whoever made it, for ten minutes.
#[tokio::test]
async fn a_decision_is_undone_within_ten_minutes_by_its_author_only() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    for email in ["staff@example.lu", "other@example.lu"] {
        t.account(f.commune, email, Role::Staff, None, Residence::Verified)
            .await;
    }
    let ana = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Pending,
        )
        .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let other = t.browser();
    other.login("testville", "other@example.lu", PASSWORD).await;
    let undo = format!("/c/testville/staff/residents/{ana}/undo");
    let asked = format!("SELECT residence FROM users WHERE id = {ana}");
    let residence = || t.text(&asked);
    for decision in ["approve", "refuse"] {
        let r = staff
            .submit(
                "/c/testville/staff",
                &format!("/c/testville/staff/residents/{ana}"),
                &[
                    ("decision", decision),
                    ("reason", "Nobody of this name lives there."),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let (_, page) = staff.page(&location(&r)).await;
        assert!(page.contains(&format!("action=\"{undo}\"")), "{page}");
        assert_ne!(residence().await, "pending");
        // The resident's e-mail waits out the ten minutes in which it may be undone.
        let waiting = "outbox WHERE recipient = 'ana@example.lu' AND sent_at IS NULL";
        assert_eq!(t.count(waiting).await, 1);
        let delay: i64 = t
            .text(&format!(
                "SELECT CAST(next_attempt_at - created_at AS TEXT) FROM {waiting}"
            ))
            .await
            .parse()
            .unwrap();
        assert!((590..=600).contains(&delay), "sent after {delay} s");
        // Another staff member cannot take it back.
        let r = other.submit("/c/testville/staff", &undo, &[]).await;
        assert_eq!(r.status(), StatusCode::CONFLICT);
        let r = staff.submit("/c/testville/staff", &undo, &[]).await;
        assert_eq!(location(&r), "/c/testville/staff?done=undone");
        assert_eq!(residence().await, "pending");
        // Undone before it went: the e-mail is taken back.
        assert_eq!(
            t.count("outbox WHERE recipient = 'ana@example.lu'").await,
            0
        );
        // Nothing left to undo.
        let r = staff.submit("/c/testville/staff", &undo, &[]).await;
        assert_eq!(r.status(), StatusCode::CONFLICT);
    }
    // Eleven minutes later, the decision stands.
    staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{ana}"),
            &[("decision", "approve")],
        )
        .await;
    t.execute(&format!(
        "UPDATE users SET verified_at = verified_at - 660 WHERE id = {ana}"
    ))
    .await;
    let r = staff.submit("/c/testville/staff", &undo, &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(residence().await, "verified");
    let body = t
        .text("SELECT body FROM outbox WHERE recipient = 'ana@example.lu'")
        .await;
    assert!(body.contains("your residence is confirmed"), "{body}");
}

/// Refusing asks first, on a page of its own, for the reason the resident will read.
#[tokio::test]
async fn a_refusal_is_confirmed_and_its_reason_reaches_the_resident() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "staff@example.lu",
        Role::Staff,
        None,
        Residence::Verified,
    )
    .await;
    let ana = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(t.address(f.commune, "ouest 1").await),
            Residence::Pending,
        )
        .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let (_, dashboard) = staff.page("/c/testville/staff").await;
    let confirm = format!("/c/testville/staff/residents/{ana}/refuse");
    assert!(
        dashboard.contains(&format!("href=\"{confirm}\"")),
        "{dashboard}"
    );
    assert!(
        !dashboard.contains("value=\"refuse\""),
        "no refusal in one tap"
    );
    let (status, page) = staff.page(&confirm).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Rue de l'Ouest 1"), "{page}");
    let r = staff
        .submit(
            &confirm,
            &format!("/c/testville/staff/residents/{ana}"),
            &[
                ("decision", "refuse"),
                ("reason", "The letterbox has another name."),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let body = t
        .text("SELECT body FROM outbox WHERE recipient = 'ana@example.lu'")
        .await;
    assert!(
        body.contains("Reason: The letterbox has another name."),
        "{body}"
    );
    // A decided resident has no refusal page any more.
    assert_eq!(staff.page(&confirm).await.0, StatusCode::NOT_FOUND);
}
