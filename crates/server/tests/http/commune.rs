//! The commune's identity: set by its admins, shown in each language, and printed on
//! the residence letters with the resident's name as on the letterbox.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::support::{location, TestApp, PASSWORD};

#[tokio::test]
async fn admins_set_the_communes_identity_and_letters_carry_it() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    for (email, role) in [
        ("admin@example.lu", Role::Admin),
        ("staff@example.lu", Role::Staff),
    ] {
        t.account(f.commune, email, role, None, Residence::Verified)
            .await;
    }
    let admin = t.browser();
    admin.login("testville", "admin@example.lu", PASSWORD).await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;

    // Staff may not change it (the route table's guard says so before any form).
    assert_eq!(
        staff.page("/c/testville/staff/commune").await.0,
        StatusCode::FORBIDDEN
    );

    // A bad field is refused with its message, and nothing typed is lost.
    let r = admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune",
            &[
                ("name_de", "Testdorf"),
                ("contact_email", "not an address"),
                ("opening_hours", "Mo\nTu\nWe\nTh\nFr\nSa\nSu\nAnd more"),
                ("colour", "#ffcc00"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::support::body(r).await;
    assert!(html.contains("href=\"#contact_email\""), "{html}");
    assert!(html.contains("href=\"#opening_hours\""), "{html}");
    // Yellow: white text on it would be unreadable.
    assert!(
        html.contains("White text is hard to read on this colour."),
        "{html}"
    );
    assert!(html.contains("value=\"Testdorf\""));
    let (_, home) = admin.page("/c/testville").await;
    assert!(!home.contains("Testdorf"), "nothing was stored");

    let r = admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune",
            &[
                ("name_de", "Testdorf"),
                ("name_pt", "Vila Teste"),
                (
                    "postal_address",
                    "Hôtel de Ville\r\n\r\n1, Place du Marché\r\nL-9999 Testville",
                ),
                ("phone", "+352 12 34 56"),
                ("contact_email", "mairie@testville.lu"),
                ("opening_hours", "Lundi–vendredi 8h–12h"),
                ("signatory", "Jeanne Muller\nBourgmestre"),
                ("colour", "#A4162B"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/staff/commune?done=saved");

    // Each language shows its own name, or the official one.
    let mut reader = t.browser();
    for (language, name) in [
        ("de", "Testdorf"),
        ("pt", "Vila Teste"),
        ("en", "Testville"),
    ] {
        reader.language = language.into();
        let (_, home) = reader.page("/c/testville").await;
        assert!(
            home.contains(&format!("<span class=\"brand-commune\">{name}</span>")),
            "{language}: {home}"
        );
    }

    // Pages link the commune's colour, served as a stylesheet.
    let (_, home) = reader.page("/c/testville").await;
    let link = "/c/testville/identity.css?v=%23a4162b";
    assert!(home.contains(&format!("href=\"{link}\"")), "{home}");
    let (status, css) = reader.page(link).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(css, ":root { --accent: #a4162b; }\n");

    // A resident's letter: letterhead, name as on the letterbox, flat, date, reference,
    // contact, signature, and the steps in a second language.
    let home = t.address(f.commune, "ouest 4").await;
    let ana = t
        .account(
            f.commune,
            "ana@example.lu",
            Role::Resident,
            Some(home),
            Residence::Pending,
        )
        .await;
    t.execute(&format!(
        "UPDATE users SET full_name = 'Ana Maria Ferreira', address_extra = '2e étage', language = 'pt' WHERE id = {ana}"
    ))
    .await;
    let r = staff
        .submit("/c/testville/staff", "/c/testville/staff/letters", &[])
        .await;
    let letter = crate::support::body(r).await;
    for expected in [
        "<p class=\"letterhead-name\">Vila Teste</p>",
        "1, Place du Marché",
        "<bdi>Ana Maria Ferreira</bdi><br><bdi>2e étage</bdi><br><bdi>Rue de l'Ouest 4</bdi>",
        &format!("<dd>testville/{ana}</dd>"),
        "+352 12 34 56",
        "Lundi–vendredi 8h–12h",
        "Jeanne Muller<br>Bourgmestre",
        "Bom dia, Ana Maria Ferreira,",
        // The commune's own language as the second one.
        "<section class=\"second-language\" lang=\"fr\">",
    ] {
        assert!(
            letter.contains(expected),
            "{expected:?} missing in {letter}"
        );
    }
    assert!(
        !letter.contains("<bdi>ana</bdi>"),
        "the display name is not the addressee"
    );
}
