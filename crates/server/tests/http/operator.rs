//! Running the installation on the web: an operator creates a commune, imports its map
//! and register, and names its first admin, who chooses a password from an e-mail.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::support::{link_in, location, TestApp, PASSWORD};

#[tokio::test]
async fn an_operator_sets_up_a_commune_without_the_command_line() {
    let t = TestApp::start_with_mail().await;
    let hash = gemeng::http::auth::hash_password(PASSWORD.into())
        .await
        .unwrap();
    let mut tx = t.db.begin().await.unwrap();
    gemeng_db::accounts::create(
        &mut tx,
        &gemeng_db::accounts::NewAccount {
            commune_id: None,
            email: "ops@example.lu",
            password_hash: &hash,
            display_name: "Ops",
            language: "en",
            role: Role::Operator,
            address_id: None,
            residence: Residence::Verified,
            email_confirmed: true,
        },
        gemeng::app::now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let ops = t.browser();
    // Not logged in: sent to the operators' log-in, and back afterwards.
    let r = ops.get("/operator").await;
    assert_eq!(location(&r), "/operator/login?next=%2Foperator");
    let r = ops
        .submit(
            "/operator/login",
            "/operator/login",
            &[("email", "ops@example.lu"), ("password", "wrong one")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = ops
        .submit(
            "/operator/login",
            "/operator/login",
            &[
                ("email", "ops@example.lu"),
                ("password", PASSWORD),
                ("next", "/operator"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/operator");
    let (status, home) = ops.page("/operator").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("There is no commune yet."));

    // A bad web address is refused next to its field, what was typed kept.
    let bad = ops
        .submit(
            "/operator",
            "/operator/communes",
            &[
                ("name", "Hesper"),
                ("slug", "Hesper Town!"),
                ("language", "lb"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let bad = crate::support::body(bad).await;
    assert!(
        bad.contains("lower-case letters, digits and dashes only")
            && bad.contains("value=\"Hesper\"")
    );
    let r = ops
        .submit(
            "/operator",
            "/operator/communes",
            &[("name", "Hesper"), ("slug", "hesper"), ("language", "lb")],
        )
        .await;
    assert_eq!(location(&r), "/operator/communes/hesper?done=created");
    let again = ops
        .submit(
            "/operator",
            "/operator/communes",
            &[
                ("name", "Hesper bis"),
                ("slug", "hesper"),
                ("language", "lb"),
            ],
        )
        .await;
    assert!(crate::support::body(again)
        .await
        .contains("already has this web address"));

    // Map and register.
    let geojson = br#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Centre"},
        "geometry":{"type":"Polygon","coordinates":[[[6.0,49.5],[6.1,49.5],[6.1,49.6],[6.0,49.6],[6.0,49.5]]]}}]}"#;
    let r = crate::membership::staff::upload(
        &ops,
        "/operator/communes/hesper/neighbourhoods",
        "map.geojson",
        geojson.to_vec(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let csv = b"street,number,postcode,locality,lat,lon\nRue Centrale,1,5800,Hesper,49.55,6.05\n";
    let r = crate::membership::staff::upload(
        &ops,
        "/operator/communes/hesper/addresses",
        "register.csv",
        csv.to_vec(),
    )
    .await;
    let page = crate::support::body(r).await;
    assert!(page.contains("One address imported"), "{page}");
    let hesper = gemeng_db::communes::by_slug(&t.db, "hesper")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        gemeng_db::addresses::count(&t.db, hesper.id).await.unwrap(),
        1
    );

    // The first admin, who chooses a password from the e-mail and logs in.
    let r = ops
        .submit(
            "/operator/communes/hesper",
            "/operator/communes/hesper/admins",
            &[("display_name", "Maire"), ("email", "not an address")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = ops
        .submit(
            "/operator/communes/hesper",
            "/operator/communes/hesper/admins",
            &[("display_name", "Maire"), ("email", "maire@hesper.lu")],
        )
        .await;
    assert_eq!(location(&r), "/operator/communes/hesper?done=admin");
    let mail = t.smtp().wait_for("maire@hesper.lu", "Hesper").await;
    let link = link_in(&mail.body, &t.url("/c/hesper/password/reset?token="));
    let path = link.trim_start_matches(&t.base).to_string();
    let admin = t.browser();
    let r = admin
        .submit(
            &path,
            "/c/hesper/password/reset",
            &[
                ("token", path.split("token=").nth(1).unwrap()),
                ("password", "the town hall opens at eight"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/c/hesper/login?notice=password-reset");
    let r = admin
        .login("hesper", "maire@hesper.lu", "the town hall opens at eight")
        .await;
    assert_eq!(location(&r), "/c/hesper/staff");

    // The admin of a commune is nobody on the operators' pages, and vice versa.
    assert_eq!(admin.get("/operator").await.status(), StatusCode::SEE_OTHER);
    let r = ops.get("/c/hesper/staff").await;
    assert!(location(&r).starts_with("/c/hesper/login"));
}
