//! Proving residence: the commune's printed letters and neighbours' invitations.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::support::{TestApp, PASSWORD};

fn code_in(html: &str, marker: &str) -> String {
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {html}"))
        + marker.len();
    html[start..].split('<').next().unwrap().trim().to_string()
}

#[tokio::test]
async fn staff_print_letters_and_the_code_verifies_its_resident_once() {
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
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 4").await),
        Residence::Pending,
    )
    .await;
    t.account(
        f.commune,
        "ben@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "est 4").await),
        Residence::Pending,
    )
    .await;

    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let (status, dashboard) = staff.page("/c/testville/staff").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        dashboard.contains("2 residents are waiting for a letter"),
        "{dashboard}"
    );
    let letters = staff
        .submit("/c/testville/staff", "/c/testville/staff/letters", &[])
        .await;
    assert_eq!(letters.status(), StatusCode::OK);
    let letters = crate::support::body(letters).await;
    assert_eq!(letters.matches("<article class=\"letter\"").count(), 2);
    // The letters' stylesheet is linked by its content-hashed URL.
    assert!(letters.contains("href=\"/static/letters.") && !letters.contains("letters.css\""));
    // The full address is on the letter (it is mailed there).
    assert!(letters.contains("Rue de l'Ouest 4"));
    let ana_letter = &letters[letters.find("<bdi>ana</bdi><br>").expect("Ana's letter")..];
    let code = code_in(ana_letter, "<p class=\"code\">");
    assert_eq!(code.len(), 14);
    // Each resident is told by e-mail that the letter is on its way.
    for to in ["ana@example.lu", "ben@example.lu"] {
        assert_eq!(
            t.count(&format!(
                "outbox WHERE recipient = '{to}' AND subject LIKE '%letter is on its way%'"
            ))
            .await,
            1,
            "{to}"
        );
    }
    // A second batch has nobody left to write to.
    let (_, dashboard) = staff.page("/c/testville/staff").await;
    assert!(dashboard.contains("No resident is waiting for a letter"));

    let ben = t.browser();
    ben.login("testville", "ben@example.lu", PASSWORD).await;
    let stolen = ben
        .submit(
            "/c/testville/verify",
            "/c/testville/verify",
            &[("code", &code)],
        )
        .await;
    assert_eq!(stolen.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(stolen)
        .await
        .contains("We do not know this code"));

    let ana = t.browser();
    ana.login("testville", "ana@example.lu", PASSWORD).await;
    // The three ways are introduced, not left dangling after the intro.
    let (_, verify) = ana.page("/c/testville/verify").await;
    assert!(verify.contains("You can do this in three ways:"));
    let typo = ana
        .submit(
            "/c/testville/verify",
            "/c/testville/verify",
            &[("code", "HELLO")],
        )
        .await;
    assert_eq!(typo.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(typo)
        .await
        .contains("This is not a code"));
    // Typed sloppily: lower case, spaces instead of dashes.
    let sloppy = code.to_lowercase().replace('-', " ");
    let verified = ana
        .submit(
            "/c/testville/verify",
            "/c/testville/verify",
            &[("code", &sloppy)],
        )
        .await;
    assert_eq!(verified.status(), StatusCode::OK);
    assert!(crate::support::body(verified)
        .await
        .contains("You are now a member of West"));
    let (status, home) = ana.page("/c/testville/n/west/neighbours").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("ana"));
    // Once verified, the form is closed and the code is spent.
    let (status, _) = ana.page("/c/testville/verify").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_verified_neighbour_invites_someone_of_the_same_neighbourhood() {
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
    t.account(
        f.commune,
        "cleo@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "ouest 2").await),
        Residence::Pending,
    )
    .await;
    t.account(
        f.commune,
        "ben@example.lu",
        Role::Resident,
        Some(t.address(f.commune, "est 2").await),
        Residence::Pending,
    )
    .await;
    let ana = t.browser();
    ana.login("testville", "ana@example.lu", PASSWORD).await;
    let made = ana
        .submit("/c/testville/me", "/c/testville/me/invitations", &[])
        .await;
    assert_eq!(made.status(), StatusCode::OK);
    let code = code_in(
        &crate::support::body(made).await,
        "<p class=\"code\" id=\"invitation-code\">",
    );
    // The code can be read again later, on her account page, until it is used.
    let shown = format!("<span class=\"code-inline\">{code}</span>");
    let (_, later) = ana.page("/c/testville/me").await;
    assert!(later.contains(&shown), "{later}");
    let (_, to_others) = t.browser().page("/c/testville/me").await;
    assert!(!to_others.contains(&code));

    let ben = t.browser();
    ben.login("testville", "ben@example.lu", PASSWORD).await;
    let r = ben
        .submit(
            "/c/testville/verify",
            "/c/testville/verify",
            &[("code", &code)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(r)
        .await
        .contains("This invitation is for another neighbourhood"));
    // A refused attempt tells the inviter nothing.
    let used = "outbox WHERE recipient = 'ana@example.lu' AND subject LIKE '%invitation was used%'";
    assert_eq!(t.count(used).await, 0);

    let cleo = t.browser();
    cleo.login("testville", "cleo@example.lu", PASSWORD).await;
    let r = cleo
        .submit(
            "/c/testville/verify",
            "/c/testville/verify",
            &[("code", &code)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let (status, _) = cleo.page("/c/testville/n/west").await;
    assert_eq!(status, StatusCode::OK);
    // Ana hears that her invitation was used (its body, sent at once, is erased).
    assert_eq!(t.count(used).await, 1);
    // A used code is no longer shown, nor kept readable.
    let (_, after) = ana.page("/c/testville/me").await;
    assert!(!after.contains(&code), "{after}");
    assert_eq!(
        t.count("residence_codes WHERE kind = 'invitation' AND invitation_code IS NOT NULL")
            .await,
        0
    );

    // Pending residents cannot invite.
    let r = ben
        .submit("/c/testville/me", "/c/testville/me/invitations", &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_lost_letter_is_voided_and_a_new_one_printed() {
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
            Some(t.address(f.commune, "ouest 5").await),
            Residence::Pending,
        )
        .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    let first = crate::support::body(
        staff
            .submit("/c/testville/staff", "/c/testville/staff/letters", &[])
            .await,
    )
    .await;
    let old_code = code_in(&first, "<p class=\"code\">");
    let (_, dashboard) = staff.page("/c/testville/staff").await;
    assert!(dashboard.contains("Letter printed on"));

    let voided = staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{ana}/letter"),
            &[],
        )
        .await;
    assert_eq!(voided.status(), StatusCode::SEE_OTHER);
    let (_, dashboard) = staff.page(&crate::support::location(&voided)).await;
    assert!(dashboard.contains("The old letter no longer works"));
    assert!(dashboard.contains("One resident is waiting for a letter"));
    let second = crate::support::body(
        staff
            .submit("/c/testville/staff", "/c/testville/staff/letters", &[])
            .await,
    )
    .await;
    let new_code = code_in(&second, "<p class=\"code\">");
    assert_ne!(old_code, new_code);

    let resident = t.browser();
    resident
        .login("testville", "ana@example.lu", PASSWORD)
        .await;
    let r = resident
        .submit(
            "/c/testville/verify",
            "/c/testville/verify",
            &[("code", &old_code)],
        )
        .await;
    assert!(crate::support::body(r)
        .await
        .contains("This code is too old"));
    let r = resident
        .submit(
            "/c/testville/verify",
            "/c/testville/verify",
            &[("code", &new_code)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    // Nothing left to void.
    let again = staff
        .submit(
            "/c/testville/staff",
            &format!("/c/testville/staff/residents/{ana}/letter"),
            &[],
        )
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_refused_resident_cannot_use_codes_but_may_sign_up_again() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let address = t.address(f.commune, "ouest 6").await;
    t.account(
        f.commune,
        "eva@example.lu",
        Role::Resident,
        Some(address),
        Residence::Refused,
    )
    .await;
    let eva = t.browser();
    eva.login("testville", "eva@example.lu", PASSWORD).await;
    assert_eq!(
        eva.page("/c/testville/verify").await.0,
        StatusCode::FORBIDDEN
    );
    let (_, me) = eva.page("/c/testville/me").await;
    assert!(me.contains("We could not confirm that you live at this address"));

    let again = t.browser();
    let r = again
        .submit(
            "/c/testville/signup",
            "/c/testville/signup",
            &[
                ("address_id", &address.to_string()),
                ("display_name", "Eva"),
                ("full_name", "Eva Lentz"),
                ("email", "eva@example.lu"),
                ("password", PASSWORD),
                ("language", "en"),
                ("guidelines", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let account = gemeng_db::accounts::by_email(&t.db, f.commune, "eva@example.lu")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.residence(), Residence::Pending);
}
