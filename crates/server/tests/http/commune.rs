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

#[tokio::test]
async fn a_communes_name_takes_its_article_in_sentences() {
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

    // An article another language has is refused, and nothing is stored.
    let r = admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune",
            &[("name_pt", "Cidade Teste"), ("article_pt", "la")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::support::body(r).await;
    assert!(html.contains("href=\"#article_pt\""), "{html}");
    assert_eq!(
        t.text("SELECT article_pt FROM communes WHERE slug = 'testville'")
            .await,
        "none"
    );

    let r = admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune",
            &[
                ("name_pt", "Cidade Teste"),
                ("article_pt", "a"),
                ("name_fr", "Ville de Testville"),
                ("article_fr", "la"),
                ("name_en", "City of Testville"),
                ("article_en", "the"),
                ("name_de", "Teststadt"),
                ("article_de", "none"),
                ("name_lb", "Stad Testville"),
                ("article_lb", "d-feminine"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/staff/commune?done=saved");
    let (_, form) = admin.page("/c/testville/staff/commune").await;
    assert!(
        form.contains("<option value=\"la\" selected>la</option>"),
        "{form}"
    );

    let mut reader = t.browser();
    for (language, welcome) in [
        // "a" + "a Cidade" contracts to "à Cidade", "à" + "la Ville" does not.
        ("pt", "Boas-vindas à Cidade Teste"),
        ("fr", "Bienvenue à la Ville de Testville"),
        ("en", "Welcome to the City of Testville"),
        ("de", "Willkommen in Teststadt"),
        ("lb", "Wëllkomm an der Stad Testville"),
    ] {
        reader.language = language.into();
        let (_, home) = reader.page("/c/testville").await;
        assert!(home.contains(welcome), "{language}: {home}");
    }

    // A language without a name of its own shows the official name, without the
    // article set for another language's name.
    admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune",
            &[("name_pt", ""), ("article_pt", "a")],
        )
        .await;
    reader.language = "pt".into();
    let (_, home) = reader.page("/c/testville").await;
    assert!(home.contains("Boas-vindas a Testville"), "{home}");
}

/// A picture encoded in `format`, `width` × `height`, red with a transparent corner.
fn picture(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let mut pixels = image::RgbaImage::from_pixel(width, height, image::Rgba([164, 22, 43, 255]));
    pixels.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
    let picture = if format == image::ImageFormat::Jpeg {
        image::DynamicImage::ImageRgb8(image::DynamicImage::ImageRgba8(pixels).into_rgb8())
    } else {
        image::DynamicImage::ImageRgba8(pixels)
    };
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, format).unwrap();
    out.into_inner()
}

async fn upload_arms(browser: &crate::support::Browser, bytes: Vec<u8>) -> reqwest::Response {
    use reqwest::multipart::{Form, Part};
    let (_, html) = browser.page("/settings").await;
    let form = Form::new()
        .text("csrf", crate::support::csrf_in(&html))
        .part("file", Part::bytes(bytes).file_name("arms.png"));
    browser
        .client
        .post(format!("{}/c/testville/staff/commune/arms", browser.base))
        .header("origin", &browser.base)
        .header("accept-language", &browser.language)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn admins_upload_a_coat_of_arms_shown_in_the_header_and_on_letters() {
    let t = TestApp::start().await;
    let f = t.fixture().await;
    for (email, role) in [
        ("admin@example.lu", Role::Admin),
        ("staff@example.lu", Role::Staff),
    ] {
        t.account(f.commune, email, role, None, Residence::Verified)
            .await;
    }
    let mut admin = t.browser();
    admin.login("testville", "admin@example.lu", PASSWORD).await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    assert_eq!(
        t.browser().get("/c/testville/arms.png").await.status(),
        StatusCode::NOT_FOUND
    );

    // Staff may not change it.
    let r = upload_arms(&staff, picture(10, 10, image::ImageFormat::Png)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // A scan from a phone (JPEG, 600 × 400) is stored shrunk to 192 px, as PNG.
    let r = upload_arms(&admin, picture(600, 400, image::ImageFormat::Jpeg)).await;
    assert_eq!(location(&r), "/c/testville/staff/commune?done=arms-saved");
    let version = t
        .text("SELECT arms_version FROM communes WHERE slug = 'testville'")
        .await;
    assert_eq!(version.len(), 12);
    let (_, home) = t.browser().page("/c/testville").await;
    let src = format!("/c/testville/arms.png?v={version}");
    assert!(
        home.contains(&format!(
            "<img class=\"brand-arms\" src=\"{src}\" alt=\"\">"
        )),
        "{home}"
    );
    let served = t.browser().get(&src).await;
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers()["content-type"], "image/png");
    assert!(served.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let png = served.bytes().await.unwrap();
    let back = image::load_from_memory_with_format(&png, image::ImageFormat::Png).unwrap();
    assert_eq!((back.width(), back.height()), (192, 128));
    // An old version's URL is not kept by browsers.
    let stale = t
        .browser()
        .get("/c/testville/arms.png?v=000000000000")
        .await;
    assert_eq!(stale.headers()["cache-control"], "no-cache");

    // What is not a picture is refused in the admin's language; the arms stay.
    admin.language = "fr".into();
    admin.get("/settings/language/fr").await;
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
    let r = upload_arms(&admin, svg.to_vec()).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::support::body(r).await;
    assert!(html.contains("href=\"#arms\""), "{html}");
    assert!(html.contains("utilisez un fichier PNG ou JPEG"), "{html}");
    assert_eq!(
        t.text("SELECT arms_version FROM communes WHERE slug = 'testville'")
            .await,
        version
    );
    // No file at all says so.
    let r = upload_arms(&admin, vec![]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::support::body(r)
        .await
        .contains("Choisissez une image"));

    // The letters carry it in their letterhead.
    let home = t.address(f.commune, "ouest 4").await;
    t.account(
        f.commune,
        "ana@example.lu",
        Role::Resident,
        Some(home),
        Residence::Pending,
    )
    .await;
    let r = staff
        .submit("/c/testville/staff", "/c/testville/staff/letters", &[])
        .await;
    let letter = crate::support::body(r).await;
    assert!(
        letter.contains(&format!("<img class=\"letterhead-arms\" src=\"{src}\"")),
        "{letter}"
    );

    // Removed, it is gone everywhere.
    let r = admin
        .submit(
            "/c/testville/staff/commune",
            "/c/testville/staff/commune/arms/remove",
            &[],
        )
        .await;
    assert_eq!(location(&r), "/c/testville/staff/commune?done=arms-removed");
    assert_eq!(t.browser().get(&src).await.status(), StatusCode::NOT_FOUND);
    let (_, home) = t.browser().page("/c/testville").await;
    assert!(!home.contains("brand-arms"));
    assert_eq!(
        t.count("audit_log WHERE action IN ('commune-arms-changed', 'commune-arms-removed')")
            .await,
        2
    );
}
