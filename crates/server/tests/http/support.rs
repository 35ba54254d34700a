//! The test harness: the real Gemeng app on 127.0.0.1:0 over a fresh database of
//! the engine under test, a real SMTP server process, and a cookie-keeping client.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use gemeng::app::App;
use gemeng::config::Config;
use gemeng_core::account::{Residence, Role};
use gemeng_core::address::parse_register;
use gemeng_core::geography::{rectangle, NeighbourhoodShape};
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::test_support::{fresh, TestDb};
use gemeng_db::{addresses, communes, neighbourhoods, Db};
use reqwest::redirect::Policy;
use reqwest::{Client, Method, Response, StatusCode};
use serde_json::Value;

pub const PASSWORD: &str = "kaffi mat der noperin";

/// A Python aiosmtpd server that stores what it receives (scripts/smtp-sink.py).
pub struct SmtpSink {
    child: Child,
    folder: PathBuf,
    pub port: u16,
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Mail {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    /// Every header, by its name in lower case.
    #[serde(default)]
    pub headers: std::collections::HashMap<String, String>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let port = free_port();
        let folder = std::env::temp_dir().join(format!(
            "gemeng-mail-{}",
            gemeng_core::codes::random_token()
        ));
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/smtp-sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(port.to_string())
            .arg(&folder)
            .stdout(Stdio::null())
            .spawn()
            .expect("start the SMTP sink (python3 with aiosmtpd)");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return SmtpSink {
                    child,
                    folder,
                    port,
                };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the SMTP sink did not start on port {port}");
    }

    pub fn received(&self) -> Vec<Mail> {
        let mut files: Vec<_> = std::fs::read_dir(&self.folder)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
            .iter()
            .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
            .collect()
    }

    /// Waits until a message to `to` whose subject contains `subject` arrives.
    pub async fn wait_for(&self, to: &str, subject: &str) -> Mail {
        for _ in 0..200 {
            if let Some(m) = self
                .received()
                .into_iter()
                .rev()
                .find(|m| m.to.iter().any(|t| t == to) && m.subject.contains(subject))
            {
                return m;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "no e-mail to {to} about {subject:?} arrived; got {:?}",
            self.received()
        );
    }
}

/// The first URL in a text that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link {prefix} in {text}"));
    text[start..].split_whitespace().next().unwrap().to_string()
}

pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub smtp: Option<SmtpSink>,
    /// The database's owner; `None` for a second instance on another's database.
    _database: Option<TestDb>,
    pub database_url: String,
}

/// A temporary directory named after the database (FNV-1a of its URL).
fn files_dir_of(url: &str) -> String {
    let hash = url.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    std::env::temp_dir()
        .join(format!("gemeng-files-{hash:016x}"))
        .display()
        .to_string()
}

/// The test commune "testville": West (lon 0..1) and East (lon 1..2), an address
/// register with addresses in each and one outside both; and a second commune.
pub struct Fixture {
    pub commune: i64,
    pub other_commune: i64,
}

impl TestApp {
    pub async fn start() -> TestApp {
        Self::start_with(false).await
    }

    pub async fn start_with_mail() -> TestApp {
        Self::start_with(true).await
    }

    async fn start_with(mail: bool) -> TestApp {
        Self::start_configured(mail, |_| {}).await
    }

    /// Starts with settings changed by `adjust` (the public URL, limits, …).
    pub async fn start_configured(mail: bool, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let database = fresh().await;
        let mut app = Self::serve(database.db.clone(), &database.url, mail, adjust).await;
        app._database = Some(database);
        app
    }

    /// A second instance of Gemeng on this one's database, as behind a load balancer.
    pub async fn another_instance(&self) -> TestApp {
        self.another_instance_configured(|_| {}).await
    }

    /// A second instance with settings changed by `adjust`.
    pub async fn another_instance_configured(&self, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let db = Db::connect(&self.database_url).await.unwrap();
        Self::serve(db, &self.database_url, false, adjust).await
    }

    async fn serve(db: Db, url: &str, mail: bool, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let smtp = if mail {
            Some(SmtpSink::start().await)
        } else {
            None
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address: SocketAddr = listener.local_addr().unwrap();
        let mut config = Config {
            database_url: url.to_string(),
            listen: address,
            public_url: format!("http://{address}"),
            smtp_url: smtp
                .as_ref()
                .map(|s| format!("smtp://127.0.0.1:{}", s.port)),
            mail_poll_milliseconds: 100,
            // Each database its own file store; a second instance shares both.
            files_dir: files_dir_of(url),
            ..Config::default()
        };
        adjust(&mut config);
        let app = App::new(db.clone(), config);
        tokio::spawn(gemeng::server::serve(app.clone(), listener));
        TestApp {
            base: format!("http://{address}"),
            db,
            smtp,
            _database: None,
            database_url: url.to_string(),
        }
    }

    /// The directory of uploaded files, as the server was configured.
    pub fn files_dir(&self) -> std::path::PathBuf {
        files_dir_of(&self.database_url).into()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn smtp(&self) -> &SmtpSink {
        self.smtp.as_ref().expect("started with mail")
    }

    pub async fn fixture(&self) -> Fixture {
        let now = gemeng::app::now();
        let mut tx = self.db.begin().await.unwrap();
        let commune = communes::create(&mut tx, "testville", "Testville", "fr", now)
            .await
            .unwrap();
        let other = communes::create(&mut tx, "otherville", "Otherville", "de", now)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        for (c, prefix) in [(commune.id, ""), (other.id, "Other ")] {
            let shapes = vec![
                NeighbourhoodShape {
                    name: format!("{prefix}West"),
                    shape: rectangle(0.0, 0.0, 1.0, 1.0),
                },
                NeighbourhoodShape {
                    name: format!("{prefix}East"),
                    shape: rectangle(1.0, 0.0, 2.0, 1.0),
                },
            ];
            let mut tx = self.db.begin().await.unwrap();
            neighbourhoods::import(&mut tx, c, &shapes, now)
                .await
                .unwrap();
            tx.commit().await.unwrap();
            let mut csv = String::from("street,number,postcode,locality,lat,lon\n");
            for n in 1..=9 {
                csv.push_str(&format!("Rue de l'Ouest,{n},1000,Testville,0.5,0.{n}\n"));
                csv.push_str(&format!("Rue de l'Est,{n},1001,Testville,0.5,1.{n}\n"));
            }
            csv.push_str("Route du Large,1,1002,Testville,0.5,5.0\n");
            let rows = parse_register(csv.as_bytes()).unwrap();
            gemeng_db::test_support::import_addresses(&self.db, c, &rows).await;
        }
        Fixture {
            commune: commune.id,
            other_commune: other.id,
        }
    }

    /// The id of the first address matching `query` in a commune.
    pub async fn address(&self, commune: i64, query: &str) -> i64 {
        addresses::search(&self.db, commune, query, 1)
            .await
            .unwrap()[0]
            .id
    }

    /// An account with the password [`PASSWORD`].
    pub async fn account(
        &self,
        commune: i64,
        email: &str,
        role: Role,
        address: Option<i64>,
        residence: Residence,
    ) -> i64 {
        let hash = gemeng::http::auth::hash_password(PASSWORD.into())
            .await
            .unwrap();
        let mut tx = self.db.begin().await.unwrap();
        let id = accounts::create(
            &mut tx,
            &NewAccount {
                commune_id: Some(commune),
                email,
                password_hash: &hash,
                display_name: email.split('@').next().unwrap(),
                language: "en",
                role,
                address_id: address,
                residence,
                email_confirmed: true,
            },
            gemeng::app::now(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        id
    }

    pub fn browser(&self) -> Browser {
        Browser {
            client: Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                .build()
                .unwrap(),
            base: self.base.clone(),
            language: "en".into(),
        }
    }

    /// One text value read with `sql`, to look at what a request stored.
    pub async fn text(&self, sql: &str) -> String {
        gemeng_db::with_pool!(self.db.writer(), |pool| sqlx::query_scalar::<_, String>(
            sql
        )
        .fetch_one(pool)
        .await
        .unwrap())
    }

    /// Runs `sql`, to set the scene (a clock moved back, say).
    pub async fn execute(&self, sql: &str) {
        gemeng_db::with_pool!(self.db.writer(), |pool| {
            sqlx::query(sql).execute(pool).await.unwrap();
        })
    }

    /// An `App` on the test's database, with the server's public address, for running
    /// a background job (digests, sweeps) by hand.
    pub fn jobs_app(&self) -> gemeng::app::App {
        let config = gemeng::config::Config {
            database_url: self.database_url.clone(),
            public_url: self.base.clone(),
            ..gemeng::config::Config::default()
        };
        gemeng::app::App::new(self.db.clone(), config)
    }

    /// How many rows `table` holds, to prove a refused request stored nothing.
    pub async fn count(&self, table: &str) -> i64 {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        gemeng_db::with_pool!(self.db.writer(), |pool| sqlx::query_scalar::<_, i64>(&sql)
            .fetch_one(pool)
            .await
            .unwrap())
    }
}

/// A browser: keeps cookies, does not follow redirects, sends the page's CSRF token.
pub struct Browser {
    pub client: Client,
    pub base: String,
    pub language: String,
}

impl Browser {
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.base))
            .header("accept-language", &self.language)
            .send()
            .await
            .unwrap()
    }

    /// A page's status and HTML, with character references decoded for assertions.
    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let r = self.get(path).await;
        (r.status(), unescape(&r.text().await.unwrap()))
    }

    /// Loads `form_page` to get the CSRF token, then posts `fields` to `action`.
    pub async fn submit(&self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let (_, html) = self.page(form_page).await;
        let csrf = csrf_in(&html);
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.client
            .post(format!("{}{action}", self.base))
            .header("origin", &self.base)
            .header("accept-language", &self.language)
            .form(&all)
            .send()
            .await
            .unwrap()
    }

    pub async fn login(&self, commune: &str, email: &str, password: &str) -> Response {
        let page = format!("/c/{commune}/login");
        self.submit(&page, &page, &[("email", email), ("password", password)])
            .await
    }
}

pub fn csrf_in(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF field in {html}"))
        + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

pub fn location(r: &Response) -> String {
    r.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// The value a response sets for cookie `name`, if it sets one.
pub fn set_cookie(r: &Response, name: &str) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            let (pair, _) = v.split_once(';').unwrap_or((v, ""));
            let (k, value) = pair.split_once('=')?;
            (k.trim() == name).then(|| value.to_string())
        })
}

/// Decodes the character references askama writes, so tests can look for plain text.
pub fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// A response's body as text, character references decoded.
pub async fn body(r: Response) -> String {
    unescape(&r.text().await.unwrap())
}

/// One JSON API call: its status and its body as JSON (`Null` when there is none),
/// with a bearer token and an `Accept-Language` when given.
pub async fn api_json(
    t: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
    language: Option<&str>,
) -> (StatusCode, Value) {
    let mut request = Client::new().request(method, t.url(path));
    if let Some(language) = language {
        request = request.header("accept-language", language);
    }
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let r = request.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// The id of the fixture's commune, `testville`.
pub async fn commune_id(t: &TestApp) -> i64 {
    communes::by_slug(&t.db, "testville")
        .await
        .unwrap()
        .unwrap()
        .id
}
