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
    // The full address is on the letter (it is mailed there).
    assert!(letters.contains("Rue de l'Ouest 4"));
    let ana_letter = &letters[letters.find("ana<br>").expect("Ana's letter")..];
    let code = code_in(ana_letter, "<p class=\"code\">");
    assert_eq!(code.len(), 14);
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
    let (status, home) = ana.page("/c/testville/n/west").await;
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

    // Pending residents cannot invite.
    let r = ben
        .submit("/c/testville/me", "/c/testville/me/invitations", &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
