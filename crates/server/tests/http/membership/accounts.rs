//! Signing up, confirming the e-mail, logging in and out, resetting a password.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::support::{link_in, location, set_cookie, TestApp, PASSWORD};

#[tokio::test]
async fn a_resident_signs_up_confirms_the_email_and_is_signed_in() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    let address = t.address(f.commune, "ouest 3").await.to_string();
    let browser = t.browser();
    let (status, search) = browser.page("/c/testville/signup?q=rue+de+l+ouest+3").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        search.contains("Rue de l'Ouest 3, 1000 Testville"),
        "{search}"
    );

    let response = browser
        .submit(
            "/c/testville/signup",
            "/c/testville/signup",
            &[
                ("q", "ouest 3"),
                ("address_id", &address),
                ("display_name", "Ana Silva"),
                ("full_name", "Ana Maria Silva Pereira"),
                ("address_extra", "2e étage"),
                ("email", "Ana.Silva@Example.lu"),
                ("password", PASSWORD),
                ("language", "pt"),
                ("guidelines", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(set_cookie(&response, "gemeng_session").is_some());
    let html = crate::support::body(response).await;
    assert!(html.contains("ana.silva@example.lu"), "{html}");
    assert!(
        html.contains("lang=\"pt\""),
        "the page switches to the chosen language"
    );

    // The e-mail arrives through SMTP, in Portuguese, with a working link.
    let mail = t.smtp().wait_for("ana.silva@example.lu", "Testville").await;
    assert!(mail.body.contains("Ana Silva"));
    let link = link_in(&mail.body, &t.url("/c/testville/confirm?token="));
    let path = link.trim_start_matches(&t.base);
    let (status, confirm) = browser.page(path).await;
    assert_eq!(status, StatusCode::OK);
    let token = path.split("token=").nth(1).unwrap();
    let confirmed = browser
        .submit(path, "/c/testville/confirm", &[("token", token)])
        .await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&confirmed),
        "/c/testville/verify?done=email-confirmed"
    );
    assert!(confirm.contains("name=\"token\""));
    // The next page says the link worked before it asks for the code.
    let (_, verify) = browser.page(&location(&confirmed)).await;
    assert!(
        verify.contains("class=\"banner banner-success\""),
        "{verify}"
    );
    // The account page shows the way in: account and e-mail done, the proof of
    // residence the step to take now, the neighbourhood after it.
    let (_, me) = browser.page("/c/testville/me").await;
    assert_eq!(me.matches("class=\"step step-done\"").count(), 2, "{me}");
    let current = me
        .find("class=\"step step-current\"")
        .expect("a current step");
    assert_eq!(me[..current].matches("class=\"step ").count(), 2, "{me}");

    // The link works once.
    let again = browser
        .submit(path, "/c/testville/confirm", &[("token", token)])
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Pending residents see their account, not the neighbourhood.
    let (status, me) = browser.page("/c/testville/me").await;
    assert_eq!(status, StatusCode::OK);
    assert!(me.contains("Rue de l'Ouest 3"));
    let (status, _) = browser.page("/c/testville/n/west").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn bad_sign_ups_are_explained_in_the_readers_language_and_store_nothing() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let inside = t.address(f.commune, "ouest 1").await.to_string();
    let outside = t.address(f.commune, "large").await.to_string();
    let foreign = t.address(f.other_commune, "ouest 1").await.to_string();
    t.account(
        f.commune,
        "taken@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "est 2").await),
        Residence::Pending,
    )
    .await;
    let before = t.count("users").await;
    let mut browser = t.browser();
    browser.language = "fr".into();
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            vec![("email", "not-an-address")],
            "Entrez une adresse e-mail",
        ),
        (vec![("password", "short")], "au moins 8 caractères"),
        (vec![("password", "password1")], "trop courant"),
        (vec![("address_id", "")], "Choisissez votre adresse"),
        (vec![("address_id", outside.as_str())], "aucun quartier"),
        (vec![("address_id", foreign.as_str())], "registre"),
        (vec![("address_id", "9999999")], "registre"),
        (vec![("guidelines", "")], "accepter"),
        (vec![("email", "Taken@example.lu")], "existe déjà"),
        (vec![("display_name", "A")], "au moins 2 caractères"),
        (vec![("full_name", "")], "nom complet doit avoir au moins 2"),
        (vec![("full_name", "Ana \u{202E}gnp.exe")], "invisibles"),
        (
            vec![("address_extra", "x".repeat(61).leak() as &str)],
            "au plus 60 caractères",
        ),
    ];
    for (overrides, expected) in cases {
        let mut fields = vec![
            ("address_id", inside.as_str()),
            ("display_name", "Bruno"),
            ("full_name", "Bruno Weber"),
            ("email", "bruno@example.lu"),
            ("password", PASSWORD),
            ("language", "fr"),
            ("guidelines", "yes"),
        ];
        for (k, v) in &overrides {
            fields.retain(|(name, _)| name != k);
            fields.push((k, v));
        }
        let r = browser
            .submit("/c/testville/signup", "/c/testville/signup", &fields)
            .await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{overrides:?}"
        );
        let html = crate::support::body(r).await;
        assert!(
            html.contains(expected),
            "{overrides:?}: expected {expected:?} in the page"
        );
        assert!(
            html.contains("aria-invalid=\"true\"")
                || overrides[0].0 == "address_id"
                || overrides[0].0 == "guidelines"
        );
        // What was typed is kept (never the password).
        assert!(html.contains("value=\"Bruno\"") || overrides[0].0 == "display_name");
        assert!(!html.contains(PASSWORD));
    }
    assert_eq!(t.count("users").await, before);
    assert_eq!(t.count("outbox").await, 0);
}

#[tokio::test]
async fn login_failures_say_the_same_thing_and_are_rate_limited() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    let browser = t.browser();
    let wrong = browser
        .login("testville", "ana@example.lu", "wrong password")
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let wrong = crate::support::body(wrong).await;
    let unknown = crate::support::body(
        browser
            .login("testville", "nobody@example.lu", "wrong password")
            .await,
    )
    .await;
    let message = "The e-mail address or the password is not right.";
    assert!(wrong.contains(message) && unknown.contains(message));
    // The same account in another commune does not exist.
    let elsewhere = browser
        .login("otherville", "ana@example.lu", PASSWORD)
        .await;
    assert_eq!(elsewhere.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for _ in 0..9 {
        browser
            .login("testville", "ana@example.lu", "wrong password")
            .await;
    }
    let limited = browser.login("testville", "ana@example.lu", PASSWORD).await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(crate::support::body(limited)
        .await
        .contains("Too many attempts"));
}

#[tokio::test]
async fn logging_in_rotates_the_session_and_logging_out_ends_it() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    let browser = t.browser();
    let first = browser.login("testville", "ana@example.lu", PASSWORD).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&first), "/c/testville/n/west");
    let cookie = set_cookie(&first, "gemeng_session").unwrap();
    assert!(first.headers().get_all("set-cookie").iter().any(|v| {
        let v = v.to_str().unwrap();
        v.starts_with("gemeng_session=") && v.contains("HttpOnly") && v.contains("SameSite=Lax")
    }));
    let second = browser.login("testville", "ana@example.lu", PASSWORD).await;
    let rotated = set_cookie(&second, "gemeng_session").unwrap();
    assert_ne!(cookie, rotated);

    // The first session ended when the second began.
    let stale = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let old = stale
        .get(t.url("/c/testville/me"))
        .header("cookie", format!("gemeng_session={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(old.status(), StatusCode::SEE_OTHER);
    assert!(location(&old).starts_with("/c/testville/login?next="));

    let out = browser
        .submit("/c/testville/me", "/c/testville/logout", &[])
        .await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let after = stale
        .get(t.url("/c/testville/me"))
        .header("cookie", format!("gemeng_session={rotated}"))
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_email_once() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    let old_session = t.browser();
    old_session
        .login("testville", "ana@example.lu", PASSWORD)
        .await;
    let browser = t.browser();
    // Unknown addresses get the same answer, and no e-mail.
    for email in ["nobody@example.lu", "ana@example.lu"] {
        let r = browser
            .submit(
                "/c/testville/password/forgot",
                "/c/testville/password/forgot",
                &[("email", email)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(crate::support::body(r)
            .await
            .contains("If this e-mail address has an account here"));
    }
    let mail = t.smtp().wait_for("ana@example.lu", "new password").await;
    assert!(t
        .smtp()
        .received()
        .iter()
        .all(|m| m.to != ["nobody@example.lu"]));
    let link = link_in(&mail.body, &t.url("/c/testville/password/reset?token="));
    let path = link.trim_start_matches(&t.base).to_string();
    let token = path.split("token=").nth(1).unwrap().to_string();

    let weak = browser
        .submit(
            &path,
            "/c/testville/password/reset",
            &[("token", &token), ("password", "12345678")],
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let done = browser
        .submit(
            &path,
            "/c/testville/password/reset",
            &[("token", &token), ("password", "a brand new phrase")],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&done), "/c/testville/login?notice=password-reset");
    let reused = browser
        .submit(
            "/c/testville/password/forgot",
            "/c/testville/password/reset",
            &[("token", &token), ("password", "another phrase here")],
        )
        .await;
    assert_eq!(reused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Sessions opened with the old password are over; the new password works.
    let (status, _) = old_session.page("/c/testville/me").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        browser
            .login("testville", "ana@example.lu", PASSWORD)
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        browser
            .login("testville", "ana@example.lu", "a brand new phrase")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn forms_need_the_csrf_token_and_the_same_origin() {
    let t = TestApp::start().await;
    t.fixture().await;
    let browser = t.browser();
    browser.page("/c/testville/login").await;
    let no_token = browser
        .client
        .post(t.url("/c/testville/login"))
        .header("accept-language", "en")
        .form(&[("email", "a@example.lu"), ("password", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), StatusCode::BAD_REQUEST);
    assert!(crate::support::body(no_token)
        .await
        .contains("This page was open too long"));

    let (_, html) = browser.page("/c/testville/login").await;
    let csrf = crate::support::csrf_in(&html);
    let cross_site = browser
        .client
        .post(t.url("/c/testville/login"))
        .header("origin", "https://evil.example")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "a@example.lu"),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    let bad_referer = browser
        .client
        .post(t.url("/c/testville/login"))
        .header("referer", "http://evil.example/page")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "a@example.lu"),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(bad_referer.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn correct_logins_never_lock_anyone_out() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    let browser = t.browser();
    for _ in 0..12 {
        assert_eq!(
            browser
                .login("testville", "ana@example.lu", PASSWORD)
                .await
                .status(),
            StatusCode::SEE_OTHER
        );
    }
}

#[tokio::test]
async fn a_refused_new_password_can_be_corrected_with_the_same_link() {
    let t = TestApp::start_with_mail().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana.maria@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    let browser = t.browser();
    browser
        .submit(
            "/c/testville/password/forgot",
            "/c/testville/password/forgot",
            &[("email", "ana.maria@example.lu")],
        )
        .await;
    let mail = t
        .smtp()
        .wait_for("ana.maria@example.lu", "new password")
        .await;
    let link = link_in(&mail.body, &t.url("/c/testville/password/reset?token="));
    let path = link.trim_start_matches(&t.base).to_string();
    let token = path.split("token=").nth(1).unwrap().to_string();
    // The account's own name is refused as a password, and the link still works after.
    let refused = browser
        .submit(
            &path,
            "/c/testville/password/reset",
            &[("token", &token), ("password", "ana.maria")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(refused)
        .await
        .contains("must not be your name"));
    let done = browser
        .submit(
            &path,
            "/c/testville/password/reset",
            &[("token", &token), ("password", "a brand new phrase")],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn next_after_login_stays_on_this_site() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 1").await),
        Residence::Verified,
    )
    .await;
    let browser = t.browser();
    for (next, expected) in [
        ("/c/testville/me", "/c/testville/me"),
        ("/\t/evil.example", "/c/testville/n/west"),
        ("https://evil.example/", "/c/testville/n/west"),
    ] {
        let r = browser
            .submit(
                "/c/testville/login",
                "/c/testville/login",
                &[
                    ("email", "ana@example.lu"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(
            (r.status(), location(&r).as_str()),
            (StatusCode::SEE_OTHER, expected),
            "{next:?}"
        );
    }
}

#[tokio::test]
async fn behind_a_proxy_the_public_url_is_a_valid_origin() {
    let t = TestApp::start().await;
    t.fixture().await;
    let browser = t.browser();
    let (_, html) = browser.page("/c/testville/login").await;
    let csrf = crate::support::csrf_in(&html);
    // A proxy that forwards with its own Host header: the public URL still matches.
    let r = browser
        .client
        .post(t.url("/c/testville/login"))
        .header("host", "backend.internal:8080")
        .header("origin", &t.base)
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "a@example.lu"),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = browser
        .client
        .post(t.url("/c/testville/login"))
        .header("host", "backend.internal:8080")
        .header("origin", "http://evil.example")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "a@example.lu"),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
