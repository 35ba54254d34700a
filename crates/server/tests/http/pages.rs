//! Pages for everyone: languages, display preferences, errors, health and metrics.

use reqwest::StatusCode;

use crate::support::{csrf_in, location, set_cookie, TestApp};

#[tokio::test]
async fn pages_speak_the_readers_language() {
    let t = TestApp::start().await;
    t.fixture().await;
    let mut browser = t.browser();
    let expectations = [
        ("de", "lang=\"de\""),
        ("fr", "lang=\"fr\""),
        ("pt", "lang=\"pt\""),
        ("lb", "lang=\"lb\""),
        ("en", "lang=\"en\""),
    ];
    for (language, marker) in expectations {
        browser.language = language.into();
        let (status, html) = browser.page("/c/otherville/login").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(marker), "{language}");
    }
    // Without a preference, the commune's own language.
    browser.language = "es".into();
    let (_, html) = browser.page("/c/testville").await;
    assert!(html.contains("lang=\"fr\""));
    // Choosing a language sticks, whatever the browser asks for.
    let r = browser
        .submit(
            "/settings",
            "/settings/language",
            &[("lang", "pt"), ("back", "/c/testville/login")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/c/testville/login");
    assert_eq!(set_cookie(&r, "gemeng_lang").as_deref(), Some("pt"));
    let (_, html) = browser.page("/c/testville/login").await;
    assert!(html.contains("lang=\"pt\""));
    let r = browser
        .submit(
            "/settings",
            "/settings/language",
            &[("lang", "xx"), ("back", "/")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // Only local paths are followed back.
    let r = browser
        .submit(
            "/settings",
            "/settings/language",
            &[("lang", "de"), ("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(location(&r), "/");
}

#[tokio::test]
async fn larger_text_and_high_contrast_work_without_javascript() {
    let t = TestApp::start().await;
    t.fixture().await;
    let browser = t.browser();
    let r = browser
        .submit(
            "/settings?back=/c/testville",
            "/settings/display",
            &[("toggle", "large"), ("back", "/c/testville")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    browser
        .submit(
            "/settings?back=/c/testville",
            "/settings/display",
            &[("toggle", "contrast"), ("back", "/c/testville")],
        )
        .await;
    let (_, html) = browser.page("/c/testville").await;
    assert!(
        html.contains("class=\"large-text high-contrast\">"),
        "{html}"
    );
    // The settings page says which are on; every page's footer links to it.
    assert!(
        html.contains("href=\"/settings?back=%2Fc%2Ftestville\""),
        "{html}"
    );
    let (_, settings) = browser.page("/settings?back=/c/testville").await;
    assert_eq!(settings.matches("aria-pressed=\"true\"").count(), 2);
    assert!(settings.contains("href=\"/c/testville\""), "the way back");
    browser
        .submit(
            "/settings?back=/c/testville",
            "/settings/display",
            &[("toggle", "large"), ("back", "/c/testville")],
        )
        .await;
    let (_, html) = browser.page("/c/testville").await;
    assert!(html.contains("class=\"high-contrast\">"));
}

#[tokio::test]
async fn errors_are_pages_in_the_readers_language() {
    let t = TestApp::start().await;
    t.fixture().await;
    let mut browser = t.browser();
    browser.language = "de".into();
    let (status, html) = browser.page("/c/nowhere").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("lang=\"de\"") && html.contains("<h1>"));
    let (status, html) = browser.page("/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("<main id=\"main\""));
    let r = browser
        .client
        .put(t.url("/c/testville"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        r.headers().get("allow").is_some(),
        "a 405 names the allowed methods"
    );
    // An oversized form is refused before it is read.
    let big = "x".repeat(400 * 1024);
    let (_, page) = browser.page("/c/testville/login").await;
    let csrf = crate::support::csrf_in(&page);
    let r = browser
        .client
        .post(t.url("/c/testville/login"))
        .header("origin", &t.base)
        .form(&[("csrf", csrf.as_str()), ("email", big.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(crate::support::body(r).await.contains("<h1>"));
}

#[tokio::test]
async fn security_headers_health_and_metrics() {
    let t = TestApp::start().await;
    let r = t.browser().get("/").await;
    assert_eq!(r.status(), StatusCode::OK);
    let csp = r.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"));
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(r.headers().contains_key("x-request-id"));
    let (status, body) = t.browser().page("/healthz").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok\n"));
    let (status, metrics) = t.browser().page("/metrics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        metrics.contains("gemeng_http_requests_total{method=\"GET\",status=\"2xx\"}"),
        "{metrics}"
    );
    let (status, css) = t.browser().page("/static/gemeng.css").await;
    assert!(status == StatusCode::OK && css.contains("@media print"));
}

#[tokio::test]
async fn liveness_answers_without_the_database_and_readiness_does_not() {
    let t = TestApp::start().await;
    let r = t.browser().get("/livez").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert_eq!(r.text().await.unwrap(), "ok\n");
    // With the database gone, the process is alive but not ready.
    t.db.close().await;
    let (status, body) = t.browser().page("/livez").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok\n"));
    let (status, _) = t.browser().page("/healthz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
}

/// The stylesheet link of a page.
fn stylesheet_in(html: &str) -> String {
    let marker = "<link rel=\"stylesheet\" href=\"";
    let start = html.find(marker).expect("a stylesheet link") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn stylesheets_are_hashed_immutable_gzipped_and_cost_no_cookie() {
    use std::io::Read;
    let t = TestApp::start().await;
    t.fixture().await;
    let (_, html) = t.browser().page("/c/testville").await;
    let url = stylesheet_in(&html);
    assert!(
        url.starts_with("/static/gemeng.") && url.ends_with(".css") && url.len() > 22,
        "{url}"
    );
    let client = reqwest::Client::new();
    let r = client.get(t.url(&url)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let headers = r.headers().clone();
    assert_eq!(
        headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    assert_eq!(headers["vary"], "accept-encoding");
    assert!(headers.get("content-encoding").is_none());
    assert!(headers.get("set-cookie").is_none(), "{headers:?}");
    // The security headers still apply.
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers.contains_key("content-security-policy"));
    let plain = r.text().await.unwrap();
    assert!(plain.contains("@media print"));

    // Gzip when asked, the same file once unpacked, under its own ETag.
    let r = client
        .get(t.url(&url))
        .header("accept-encoding", "br;q=1.0, gzip;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip");
    assert!(r.headers().get("set-cookie").is_none());
    let gzip_etag = r.headers()["etag"].clone();
    assert_ne!(gzip_etag, headers["etag"]);
    let packed = r.bytes().await.unwrap();
    assert!(packed.len() < plain.len());
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(&packed[..])
        .read_to_string(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain);
    let r = client
        .get(t.url(&url))
        .header("accept-encoding", "gzip;q=0, identity")
        .send()
        .await
        .unwrap();
    assert!(r.headers().get("content-encoding").is_none());

    // A browser that holds it is told so, without a body.
    let r = client
        .get(t.url(&url))
        .header("if-none-match", headers["etag"].clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(r.headers()["etag"], headers["etag"]);
    assert!(r.bytes().await.unwrap().is_empty());
    let r = client
        .get(t.url(&url))
        .header("accept-encoding", "gzip")
        .header("if-none-match", gzip_etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    let r = client
        .get(t.url(&url))
        .header("if-none-match", "\"something-else\"")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    // The plain URL still answers, cached briefly; an unknown file is a 404 page.
    let r = client
        .get(t.url("/static/gemeng.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "public, max-age=300");
    assert_eq!(r.text().await.unwrap(), plain);
    let r = client
        .get(t.url("/static/gemeng.0000000000.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

/// A CSRF token is minted only for a browser shown a form, and then kept: probes, the
/// API and pages without forms cost no random numbers and set no cookie.
#[tokio::test]
async fn a_csrf_cookie_is_given_with_the_first_form_and_kept() {
    let t = TestApp::start().await;
    t.fixture().await;
    let browser = t.browser();
    for path in ["/livez", "/healthz", "/api/v1/communes/testville"] {
        let r = browser.get(path).await;
        assert!(
            set_cookie(&r, "gemeng_csrf").is_none(),
            "{path} set a CSRF cookie"
        );
    }
    let r = browser.get("/c/testville/login").await;
    let given = set_cookie(&r, "gemeng_csrf").expect("a form page gives a CSRF cookie");
    let html = r.text().await.unwrap();
    assert_eq!(csrf_in(&html), given, "the form carries the cookie's token");
    // The browser sends it back: the next form page shows the same token, sets nothing.
    let r = browser.get("/c/testville/signup").await;
    assert!(set_cookie(&r, "gemeng_csrf").is_none());
    assert_eq!(csrf_in(&r.text().await.unwrap()), given);
    // A form posted without the cookie is refused even with a well-formed token.
    let stranger = t.browser();
    let r = stranger
        .client
        .post(t.url("/c/testville/login"))
        .header("origin", t.base.clone())
        .form(&[
            ("csrf", given.as_str()),
            ("email", "a@b.lu"),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

/// The header's language links work without a form or JavaScript, change only the
/// reader's cookie, and never lead off the site.
#[tokio::test]
async fn language_links_switch_the_page_and_stay_on_the_site() {
    let t = TestApp::start().await;
    t.fixture().await;
    let browser = t.browser();
    let (_, html) = browser.page("/c/testville/login").await;
    let link = "/settings/language/de?back=%2Fc%2Ftestville%2Flogin";
    assert!(html.contains(&format!("href=\"{link}\"")), "{html}");
    let r = browser.get(link).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/c/testville/login");
    assert_eq!(set_cookie(&r, "gemeng_lang").as_deref(), Some("de"));
    let (_, html) = browser.page("/c/testville/login").await;
    assert!(html.contains("lang=\"de\""));
    // The current language is marked, not linked.
    assert!(html.contains("aria-current=\"true\""));
    assert!(!html.contains("/settings/language/de?"));
    for evil in ["https://evil.example", "//evil.example", "/\\evil.example"] {
        let r = browser
            .get(&format!(
                "/settings/language/fr?{}",
                serde_urlencoded::to_string([("back", evil)]).unwrap()
            ))
            .await;
        assert_eq!(location(&r), "/", "{evil}");
    }
    let r = browser.get("/settings/language/xx?back=/").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}
