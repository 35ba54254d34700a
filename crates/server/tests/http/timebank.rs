//! The time bank over the API: joining, proposals and their answers, gifts, the
//! statement; bad input refused in the caller's language with nothing moved; and
//! many members exchanging at once, after which the stored ledger equals the replay
//! of its own transfers.

use std::collections::{BTreeMap, HashSet};

use gemeng_core::account::{Residence, Role};
use gemeng_core::ledger::{Account, Ledger, Rules, Transfer, TransferKind};
use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

use crate::api::token;
use crate::neighbourhood::street;
use crate::support::TestApp;

const BANK: &str = "/api/v1/communes/testville/timebank";

async fn call(
    client: &Client,
    t: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = client
        .request(method, t.url(path))
        .bearer_auth(token)
        .header("accept-language", "fr");
    if let Some(body) = body {
        request = request.json(&body);
    }
    let r = request.send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn user_id(t: &TestApp, email: &str) -> i64 {
    t.text(&format!(
        "SELECT CAST(id AS TEXT) FROM users WHERE email = '{email}'"
    ))
    .await
    .parse()
    .unwrap()
}

pub(crate) use crate::support::commune_id;

/// The first field error's code of a problem.
pub(crate) fn error_code(problem: &Value) -> &str {
    problem["errors"][0]["code"].as_str().unwrap_or("")
}

/// Checks the stored ledger of testville: every cached balance equals the sum of its
/// transfers and they sum to zero; replayed in order under `rules`, the transfers are
/// all accepted (no limit passed, no key twice, nothing reversed twice) and give the
/// same balances. Returns the stored transfers.
pub(crate) async fn assert_sound(t: &TestApp, rules: Rules) -> Vec<gemeng_db::timebank::Transfer> {
    let commune = commune_id(t).await;
    let audit = gemeng_db::timebank::audit(&t.db, commune).await.unwrap();
    assert!(audit.sound(), "{audit:?}");
    let transfers = gemeng_db::timebank::transfers_of(&t.db, commune, 0, 1_000_000)
        .await
        .unwrap();
    let desk: i64 = t
        .text(&format!(
            "SELECT CAST(id AS TEXT) FROM timebank_accounts WHERE commune_id = {commune} AND kind = 'commune'"
        ))
        .await
        .parse()
        .unwrap();
    let account = |id: i64| {
        if id == desk {
            Account::Commune
        } else {
            Account::Member(id)
        }
    };
    let mut replay = Ledger::new(rules);
    let mut index_of = BTreeMap::new();
    for s in &transfers {
        let kind = match s.kind.as_str() {
            "exchange" => TransferKind::Exchange {
                proposal: s.proposal_id.unwrap(),
            },
            "counter" => TransferKind::Counter,
            "gift" => TransferKind::Gift,
            "welcome" => TransferKind::Welcome,
            "reversal" => TransferKind::Reversal {
                of: index_of[&s.reverses.unwrap()],
            },
            other => panic!("unknown kind {other}"),
        };
        let index = replay
            .transfer(Transfer {
                key: format!("{}", s.id),
                from: account(s.from_account),
                to: account(s.to_account),
                amount: s.amount,
                kind,
                at: s.created_at,
            })
            .unwrap_or_else(|r| panic!("transfer {} breaks the rules: {r:?}", s.id));
        index_of.insert(s.id, index);
    }
    let balances: Vec<(i64, i64)> = sqlx_rows(
        t,
        &format!("SELECT id, balance FROM timebank_accounts WHERE commune_id = {commune}"),
    )
    .await;
    for (id, balance) in balances {
        assert_eq!(replay.balance(account(id)), balance, "account {id}");
    }
    let settled: HashSet<i64> = transfers.iter().filter_map(|s| s.proposal_id).collect();
    assert_eq!(
        settled.len(),
        transfers.iter().filter(|s| s.kind == "exchange").count(),
        "a proposal settled twice"
    );
    transfers
}

async fn sqlx_rows(t: &TestApp, sql: &str) -> Vec<(i64, i64)> {
    gemeng_db::with_pool!(t.db.reader(), |pool| sqlx::query_as(sql)
        .fetch_all(pool)
        .await
        .unwrap())
}

async fn join(client: &Client, t: &TestApp, token: &str) -> Value {
    let (status, account) = call(
        client,
        t,
        Method::POST,
        &format!("{BANK}/membership"),
        token,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{account}");
    account
}

#[tokio::test]
async fn members_exchange_minutes_through_proposals_and_gifts() {
    let t = TestApp::start().await;
    street(&t).await;
    let c = Client::new();
    let ana = token(&t, "testville", "ana@example.lu").await;
    let ben = token(&t, "testville", "ben@example.lu").await;
    let ben_id = user_id(&t, "ben@example.lu").await;
    let ana_id = user_id(&t, "ana@example.lu").await;

    // Before joining, the account is a conflict, not a refusal.
    let (status, _) = call(&c, &t, Method::GET, BANK, &ana, None).await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Joining opens the account with the welcome credit; joining again changes nothing.
    let account = join(&c, &t, &ana).await;
    assert_eq!(account["balance"], 60);
    assert_eq!(account["rules"]["credit_limit"], 600);
    let (status, again) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/membership"),
        &ana,
        None,
    )
    .await;
    assert_eq!((status, &again["balance"]), (StatusCode::OK, &json!(60)));
    join(&c, &t, &ben).await;

    // Ana mowed Ben's lawn: she asks 90 minutes of him.
    let ask = json!({ "with": ben_id, "direction": "ask", "amount": 90,
        "memo": "Mowing the lawn", "category": "garden", "request_key": "mow-lawn-1" });
    let (status, proposal) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals"),
        &ana,
        Some(ask.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{proposal}");
    assert_eq!(proposal["state"], "pending");
    assert_eq!(proposal["you_pay"], false);
    assert_eq!(proposal["with"], ben_id);
    let id = proposal["id"].as_i64().unwrap();
    // The same request again is the same proposal.
    let (_, same) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals"),
        &ana,
        Some(ask),
    )
    .await;
    assert_eq!(same["id"], id);
    assert_eq!(t.count("timebank_proposals").await, 1);

    // Ana cannot confirm her own proposal; nothing moves until Ben does.
    let path = format!("{BANK}/proposals/{id}");
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &format!("{path}/confirm"),
        &ana,
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&problem), "timebank-error-not-yours");
    assert_eq!(
        problem["errors"][0]["message"],
        "Seul l’autre membre peut répondre à cette proposition."
    );
    let (_, seen_by_ben) = call(&c, &t, Method::GET, &path, &ben, None).await;
    assert_eq!(seen_by_ben["you_pay"], true);
    assert_eq!(seen_by_ben["proposed_by_you"], false);
    assert_eq!(seen_by_ben["with"], ana_id);

    let confirm = json!({ "request_key": "ben-confirms-1" });
    let (status, confirmed) = call(
        &c,
        &t,
        Method::POST,
        &format!("{path}/confirm"),
        &ben,
        Some(confirm.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{confirmed}");
    assert_eq!(confirmed["state"], "confirmed");
    let transfer = confirmed["transfer"].as_i64().unwrap();
    // A retried confirmation returns the first, and moves nothing again.
    let (status, retried) = call(
        &c,
        &t,
        Method::POST,
        &format!("{path}/confirm"),
        &ben,
        Some(confirm),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(retried["transfer"], transfer);
    // Confirming again with another key is answered clearly.
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &format!("{path}/confirm"),
        &ben,
        Some(json!({ "request_key": "ben-confirms-2" })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&problem), "timebank-error-answered");
    let (_, a) = call(&c, &t, Method::GET, BANK, &ana, None).await;
    let (_, b) = call(&c, &t, Method::GET, BANK, &ben, None).await;
    assert_eq!(
        (a["balance"].as_i64(), b["balance"].as_i64()),
        (Some(150), Some(-30))
    );

    // A gift from Ana to Ben, once for its key.
    let gift =
        json!({ "to": ben_id, "amount": 20, "memo": "For the jam", "request_key": "jam-gift-1" });
    for _ in 0..2 {
        let (status, given) = call(
            &c,
            &t,
            Method::POST,
            &format!("{BANK}/gifts"),
            &ana,
            Some(gift.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{given}");
    }
    // The statement: the latest first, each line with the balance after it.
    let (status, statement) = call(
        &c,
        &t,
        Method::GET,
        &format!("{BANK}/statement"),
        &ana,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<(String, i64, i64)> = statement["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["kind"].as_str().unwrap().to_string(),
                l["amount"].as_i64().unwrap(),
                l["balance"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            ("gift".into(), -20, 130),
            ("exchange".into(), 90, 150),
            ("welcome".into(), 60, 60),
        ]
    );
    assert_eq!(statement["lines"][0]["with"], ben_id);
    assert_eq!(statement["next"], Value::Null);
    let transfers = assert_sound(&t, Rules::default()).await;
    assert_eq!(transfers.len(), 4);
}

#[tokio::test]
async fn bad_input_is_refused_clearly_and_moves_nothing() {
    let t = TestApp::start().await;
    street(&t).await;
    let c = Client::new();
    let ana = token(&t, "testville", "ana@example.lu").await;
    let ben = token(&t, "testville", "ben@example.lu").await;
    let cleo = token(&t, "testville", "cleo@example.lu").await;
    let ben_id = user_id(&t, "ben@example.lu").await;
    let ana_id = user_id(&t, "ana@example.lu").await;
    let cleo_id = user_id(&t, "cleo@example.lu").await;
    join(&c, &t, &ana).await;
    join(&c, &t, &ben).await;
    // Someone of another commune, verified there and a member of its time bank.
    let f = commune_id(&t).await;
    let other: i64 = t
        .text("SELECT CAST(id AS TEXT) FROM communes WHERE slug = 'otherville'")
        .await
        .parse()
        .unwrap();
    let home = t.address(other, "ouest 1").await;
    let stranger = t
        .account(
            other,
            "stranger@example.lu",
            Role::Resident,
            Some(home),
            Residence::Verified,
        )
        .await;
    let mut tx = t.db.begin().await.unwrap();
    gemeng_db::timebank::open(&mut tx, other, 1).await.unwrap();
    gemeng_db::timebank::open_member_account(&mut tx, other, stranger, 1)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_ne!(f, other);

    let propose = |body: Value| {
        let (c, t, ana) = (&c, &t, &ana);
        async move {
            call(
                c,
                t,
                Method::POST,
                &format!("{BANK}/proposals"),
                ana,
                Some(body),
            )
            .await
        }
    };
    let base = json!({ "with": ben_id, "direction": "ask", "amount": 30, "memo": "Shopping", "category": "shopping" });
    let with = |field: &str, value: Value| {
        let mut body = base.clone();
        body[field] = value;
        body
    };
    for (body, status, code) in [
        (
            with("amount", json!(0)),
            422,
            "timebank-error-amount-positive",
        ),
        (
            with("amount", json!(-5)),
            422,
            "timebank-error-amount-positive",
        ),
        (
            with("amount", json!(6001)),
            422,
            "timebank-error-amount-large",
        ),
        (
            with("amount", json!(1_000_000_000_000i64)),
            422,
            "timebank-error-amount-large",
        ),
        (
            with("amount", json!(1e12)),
            422,
            "timebank-error-amount-large",
        ),
        (
            with("amount", json!(-1e30)),
            422,
            "timebank-error-amount-positive",
        ),
        (with("amount", json!(90.0)), 201, ""),
        (
            with("amount", json!(1.5)),
            422,
            "timebank-error-amount-whole",
        ),
        (
            with("with", json!(-16740979332.0)),
            422,
            "timebank-error-no-member",
        ),
        (with("amount", json!("90")), 400, ""),
        (with("with", json!(ana_id)), 422, "timebank-error-yourself"),
        (
            with("with", json!(cleo_id)),
            422,
            "timebank-error-no-member",
        ),
        (
            with("with", json!(stranger)),
            422,
            "timebank-error-no-member",
        ),
        (
            with("category", json!("weapons")),
            422,
            "timebank-error-category",
        ),
        (with("memo", json!("  ")), 422, "timebank-error-memo-empty"),
        (with("direction", json!("steal")), 400, ""),
    ] {
        let (got, problem) = propose(body.clone()).await;
        assert_eq!(got.as_u16(), status, "{body}: {problem}");
        assert_eq!(error_code(&problem), code, "{body}: {problem}");
        if status != 201 {
            assert!(!problem["detail"].as_str().unwrap_or("").is_empty());
        }
    }
    // Only the amount written 90.0 (a whole number) made a proposal.
    assert_eq!(t.count("timebank_proposals").await, 1);

    // A key used for one proposal is refused for another.
    let (status, first) = propose(with("request_key", json!("shopping-key-1"))).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut other_body = with("request_key", json!("shopping-key-1"));
    other_body["amount"] = json!(45);
    let (status, problem) = propose(other_body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&problem), "timebank-error-key-reused");

    // Cleo, who is not a party, finds no such proposal; nor does the stranger's commune.
    let id = first["id"].as_i64().unwrap();
    let path = format!("{BANK}/proposals/{id}");
    join(&c, &t, &cleo).await;
    for answer in ["", "/confirm", "/decline", "/cancel"] {
        let method = if answer.is_empty() {
            Method::GET
        } else {
            Method::POST
        };
        let body = (!answer.is_empty()).then(|| json!({}));
        let (status, _) = call(&c, &t, method, &format!("{path}{answer}"), &cleo, body).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{answer}");
    }

    // Declined, it cannot be confirmed; cancelled or expired neither.
    let (status, declined) = call(
        &c,
        &t,
        Method::POST,
        &format!("{path}/decline"),
        &ben,
        Some(json!({})),
    )
    .await;
    assert_eq!(
        (status, declined["state"].as_str()),
        (StatusCode::OK, Some("declined"))
    );
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &format!("{path}/confirm"),
        &ben,
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&problem), "timebank-error-answered");

    let (_, second) = propose(with("request_key", json!("shopping-key-2"))).await;
    let second = second["id"].as_i64().unwrap();
    let (status, cancelled) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals/{second}/cancel"),
        &ana,
        Some(json!({})),
    )
    .await;
    assert_eq!(
        (status, cancelled["state"].as_str()),
        (StatusCode::OK, Some("cancelled"))
    );

    let (_, third) = propose(with("request_key", json!("shopping-key-3"))).await;
    let third = third["id"].as_i64().unwrap();
    t.execute(&format!(
        "UPDATE timebank_proposals SET expires_at = 1 WHERE id = {third}"
    ))
    .await;
    let (_, seen) = call(
        &c,
        &t,
        Method::GET,
        &format!("{BANK}/proposals/{third}"),
        &ben,
        None,
    )
    .await;
    assert_eq!(seen["state"], "expired");
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals/{third}/confirm"),
        &ben,
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&problem), "timebank-error-expired");

    // Past the credit limit: refused, and the proposal stays pending for later.
    let (_, big) = propose(json!({ "with": ben_id, "direction": "ask", "amount": 700,
        "memo": "Moving house", "category": "transport" }))
    .await;
    let big = big["id"].as_i64().unwrap();
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals/{big}/confirm"),
        &ben,
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(error_code(&problem), "timebank-error-credit-limit");
    let (_, still) = call(
        &c,
        &t,
        Method::GET,
        &format!("{BANK}/proposals/{big}"),
        &ben,
        None,
    )
    .await;
    assert_eq!(still["state"], "pending");

    // A gift beyond the limit, to oneself, to a non-member: refused.
    for (body, code) in [
        (
            json!({ "to": ben_id, "amount": 661, "memo": "All of it" }),
            "timebank-error-credit-limit",
        ),
        (
            json!({ "to": ana_id, "amount": 5, "memo": "Me" }),
            "timebank-error-yourself",
        ),
        (
            json!({ "to": stranger, "amount": 5, "memo": "You" }),
            "timebank-error-no-member",
        ),
    ] {
        let (status, problem) = call(
            &c,
            &t,
            Method::POST,
            &format!("{BANK}/gifts"),
            &ana,
            Some(body.clone()),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(error_code(&problem), code, "{body}");
    }
    // Only the three welcome credits moved.
    let transfers = assert_sound(&t, Rules::default()).await;
    assert_eq!(
        transfers
            .iter()
            .map(|t| t.kind.as_str())
            .collect::<Vec<_>>(),
        vec!["welcome"; 3]
    );
}

/// Many members exchanging at once, every confirmation sent twice (a retry racing
/// the first), some proposals past the credit limit: afterwards the ledger equals
/// the replay of its transfers, sums to zero, passed no limit, and holds exactly
/// one transfer per acknowledged confirmation.
#[tokio::test]
async fn many_members_exchanging_at_once_keep_the_ledger_sound() {
    const MEMBERS: usize = 10;
    const ROUNDS: usize = 8;
    let t = TestApp::start().await;
    let f = t.fixture().await;
    let home = t.address(f.commune, "ouest 3").await;
    let mut people = Vec::new();
    for n in 0..MEMBERS {
        let email = format!("member{n}@example.lu");
        let id = t
            .account(
                f.commune,
                &email,
                Role::Resident,
                Some(home),
                Residence::Verified,
            )
            .await;
        people.push((id, token(&t, "testville", &email).await));
    }
    let c = Client::new();
    for (_, token) in &people {
        join(&c, &t, token).await;
    }
    let people = std::sync::Arc::new(people);
    let mut tasks = Vec::new();
    for n in 0..MEMBERS {
        let (people, url, c) = (people.clone(), t.url(""), c.clone());
        tasks.push(tokio::spawn(async move {
            let mut acknowledged = Vec::new();
            for round in 0..ROUNDS {
                let (me, ref my_token) = people[n];
                // Three members pay for everyone: they soon meet the credit limit.
                let other = if round % 3 == n {
                    (n + 1) % MEMBERS
                } else {
                    round % 3
                };
                let (other_id, ref other_token) = people[other];
                let amount = 37 + ((n * 31 + round * 17) % 9) as i64 * 45;
                let r = c
                    .post(format!("{url}{BANK}/proposals"))
                    .bearer_auth(my_token)
                    .json(
                        &json!({ "with": other_id, "direction": "ask", "amount": amount,
                        "memo": format!("Help {me} {round}"), "category": "household",
                        "request_key": format!("p{n}r{round}xxxxxxxx") }),
                    )
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), StatusCode::CREATED);
                let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
                let confirm = || {
                    c.post(format!("{url}{BANK}/proposals/{id}/confirm"))
                        .bearer_auth(other_token)
                        .json(&json!({ "request_key": format!("c{n}r{round}xxxxxxxx") }))
                        .send()
                };
                let (a, b) = tokio::join!(confirm(), confirm());
                let mut settled = HashSet::new();
                for r in [a.unwrap(), b.unwrap()] {
                    let status = r.status();
                    let answer: Value = r.json().await.unwrap();
                    match status {
                        StatusCode::OK => {
                            settled.insert(answer["transfer"].as_i64().unwrap());
                        }
                        // Refused at the limit; the retry may pass once the payer
                        // has earned minutes meanwhile.
                        StatusCode::UNPROCESSABLE_ENTITY => {
                            assert_eq!(error_code(&answer), "timebank-error-credit-limit")
                        }
                        other => panic!("a confirmation answered {other}: {answer}"),
                    }
                }
                assert!(
                    settled.len() <= 1,
                    "a retry moved minutes again: {settled:?}"
                );
                acknowledged.extend(settled);
            }
            acknowledged
        }));
    }
    let mut acknowledged = Vec::new();
    for task in tasks {
        acknowledged.extend(task.await.unwrap());
    }
    assert!(!acknowledged.is_empty());
    let transfers = assert_sound(&t, Rules::default()).await;
    let exchanges: Vec<i64> = transfers
        .iter()
        .filter(|s| s.kind == "exchange")
        .map(|s| s.id)
        .collect();
    acknowledged.sort_unstable();
    assert_eq!(
        acknowledged, exchanges,
        "acknowledged exchanges = stored exchanges"
    );
    // Some confirmations must have met the limit for the test to mean anything.
    assert!(
        exchanges.len() < MEMBERS * ROUNDS,
        "no confirmation met the limit"
    );
    let lowest: i64 = t
        .text("SELECT CAST(MIN(balance) AS TEXT) FROM timebank_accounts WHERE kind = 'member'")
        .await
        .parse()
        .unwrap();
    assert!(lowest >= -600, "{lowest}");
}

#[tokio::test]
async fn the_coordinator_sets_rules_records_at_the_counter_and_reverses() {
    let t = TestApp::start().await;
    street(&t).await;
    let c = Client::new();
    let f = commune_id(&t).await;
    let home = t.address(f, "ouest 4").await;
    t.account(
        f,
        "staff@example.lu",
        Role::Staff,
        Some(home),
        Residence::Verified,
    )
    .await;
    let staff = token(&t, "testville", "staff@example.lu").await;
    let ana = token(&t, "testville", "ana@example.lu").await;
    let ben = token(&t, "testville", "ben@example.lu").await;
    let (ana_id, ben_id) = (
        user_id(&t, "ana@example.lu").await,
        user_id(&t, "ben@example.lu").await,
    );

    // Rules out of bounds: each wrong field named, nothing changed.
    let (status, problem) = call(
        &c,
        &t,
        Method::PUT,
        &format!("{BANK}/rules"),
        &staff,
        Some(json!({ "credit_limit": -1, "upper_limit": 50, "welcome_credit": 60, "proposal_hours": 0 })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["credit_limit", "welcome_credit", "proposal_hours"]);
    let (_, rules) = call(&c, &t, Method::GET, &format!("{BANK}/rules"), &staff, None).await;
    assert_eq!(rules["credit_limit"], 600);
    // A welcome of 30 and a credit limit of 100.
    let (status, rules) = call(
        &c,
        &t,
        Method::PUT,
        &format!("{BANK}/rules"),
        &staff,
        Some(json!({ "credit_limit": 100, "welcome_credit": 30, "proposal_hours": 48 })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{rules}");
    assert_eq!(rules["proposal_hours"], 48);
    assert_eq!(join(&c, &t, &ana).await["balance"], 30);
    assert_eq!(join(&c, &t, &ben).await["balance"], 30);

    // Ben, offline, had Ana help him with forms: staff record it at the counter.
    let entry = json!({ "payer": ben_id, "payee": ana_id, "amount": 120, "memo": "Tax form",
        "category": "paperwork", "request_key": "counter-tax-form" });
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/counter"),
        &staff,
        Some(entry.clone()),
    )
    .await;
    // 120 would take Ben to −90 with a limit of 100: allowed; then 30 more is not.
    assert_eq!(status, StatusCode::CREATED, "{problem}");
    let counter_id = problem["id"].as_i64().unwrap();
    let (_, again) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/counter"),
        &staff,
        Some(entry),
    )
    .await;
    assert_eq!(again["id"], counter_id);
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/counter"),
        &staff,
        Some(
            json!({ "payer": ben_id, "payee": ana_id, "amount": 30, "memo": "More",
            "category": "paperwork" }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&problem), "timebank-error-credit-limit");
    let (_, statement) = call(
        &c,
        &t,
        Method::GET,
        &format!("{BANK}/statement"),
        &ben,
        None,
    )
    .await;
    assert_eq!(statement["lines"][0]["kind"], "counter");
    assert_eq!(statement["lines"][0]["balance"], -90);

    // A mistake: the entry is reversed with a reason, once; the reversal stays.
    let reversal_path = format!("{BANK}/transfers/{counter_id}/reversal");
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &reversal_path,
        &staff,
        Some(json!({ "reason": " " })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "reason");
    let undo = json!({ "reason": "Recorded for the wrong person", "request_key": "undo-tax-form" });
    let (status, reversal) = call(
        &c,
        &t,
        Method::POST,
        &reversal_path,
        &staff,
        Some(undo.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{reversal}");
    let reversal_id = reversal["id"].as_i64().unwrap();
    let (_, again) = call(&c, &t, Method::POST, &reversal_path, &staff, Some(undo)).await;
    assert_eq!(again["id"], reversal_id);
    for path in [
        reversal_path.clone(),
        format!("{BANK}/transfers/{reversal_id}/reversal"),
    ] {
        let (status, problem) = call(
            &c,
            &t,
            Method::POST,
            &path,
            &staff,
            Some(json!({ "reason": "Again" })),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        assert_eq!(error_code(&problem), "timebank-error-not-reversible");
    }
    let (status, _) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/transfers/999999/reversal"),
        &staff,
        Some(json!({ "reason": "Nothing" })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, b) = call(&c, &t, Method::GET, BANK, &ben, None).await;
    assert_eq!(b["balance"], 30);

    // The audit and the export agree with the replay.
    let (_, audit) = call(&c, &t, Method::GET, &format!("{BANK}/audit"), &staff, None).await;
    assert_eq!(
        (audit["sound"].as_bool(), audit["sum"].as_i64()),
        (Some(true), Some(0))
    );
    let (_, ledger) = call(&c, &t, Method::GET, &format!("{BANK}/ledger"), &staff, None).await;
    let kinds: Vec<&str> = ledger["transfers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["welcome", "welcome", "counter", "reversal"]);
    assert_eq!(ledger["transfers"][3]["reverses"], counter_id);
    let rules = Rules {
        credit_limit: 100,
        welcome_credit: 30,
        proposal_ttl: 48 * 3600,
        upper_limit: None,
    };
    assert_sound(&t, rules).await;
    let logged: i64 = t
        .text("SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE action LIKE 'timebank-%'")
        .await
        .parse()
        .unwrap();
    assert_eq!(logged, 3);
}

#[tokio::test]
async fn members_publish_search_and_close_offers_and_requests() {
    let t = TestApp::start().await;
    street(&t).await;
    let c = Client::new();
    let ana = token(&t, "testville", "ana@example.lu").await;
    let ben = token(&t, "testville", "ben@example.lu").await;
    let listings = format!("{BANK}/listings");
    let offer = json!({ "kind": "offer", "category": "cooking", "title": "Café et gâteaux",
        "text": "Je prépare un gâteau pour vos fêtes.", "minutes": 90, "request_key": "listing-cake-1" });

    // Only members publish.
    let (status, _) = call(&c, &t, Method::POST, &listings, &ana, Some(offer.clone())).await;
    assert_eq!(status, StatusCode::CONFLICT);
    join(&c, &t, &ana).await;
    join(&c, &t, &ben).await;
    let (status, published) =
        call(&c, &t, Method::POST, &listings, &ana, Some(offer.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{published}");
    let id = published["id"].as_i64().unwrap();
    let (_, again) = call(&c, &t, Method::POST, &listings, &ana, Some(offer)).await;
    assert_eq!(again["id"], id);
    assert_eq!(t.count("timebank_listings").await, 1);
    let (status, _) = call(
        &c,
        &t,
        Method::POST,
        &listings,
        &ben,
        Some(
            json!({ "kind": "request", "category": "transport", "title": "Lift to the station",
            "text": "On Monday at 7.", "request_key": "listing-lift-1" }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);

    // Bad input, field by field, nothing stored.
    let (status, problem) = call(
        &c,
        &t,
        Method::POST,
        &listings,
        &ben,
        Some(json!({ "kind": "sale", "category": "", "title": " ", "text": "x", "minutes": 1.5 })),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["minutes", "kind", "category", "title"]);
    assert_eq!(t.count("timebank_listings").await, 2);

    // Searching: words without their accents, one kind or both.
    let search = |q: &str| format!("{listings}?{}", serde_urlencoded_pair("q", q));
    let (_, found) = call(&c, &t, Method::GET, &search("cafe GATEAU"), &ben, None).await;
    let ids: Vec<i64> = found["listings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [id]);
    assert_eq!(
        found["listings"][0]["author"],
        user_id(&t, "ana@example.lu").await
    );
    let (_, none) = call(&c, &t, Method::GET, &search("100%"), &ben, None).await;
    assert_eq!(none["listings"].as_array().unwrap().len(), 0);
    let (_, requests) = call(
        &c,
        &t,
        Method::GET,
        &format!("{listings}?kind=request"),
        &ana,
        None,
    )
    .await;
    assert_eq!(requests["listings"].as_array().unwrap().len(), 1);
    assert_eq!(requests["listings"][0]["kind"], "request");
    let (status, problem) = call(
        &c,
        &t,
        Method::GET,
        &format!("{listings}?kind=sale"),
        &ana,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "kind");

    // Only its author closes it; then nobody sees it in the list.
    let close = format!("{listings}/{id}/close");
    let (status, _) = call(&c, &t, Method::POST, &close, &ben, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&c, &t, Method::POST, &close, &ana, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // Closing again (a retry) is done already; still not Ben's to close.
    let (status, _) = call(&c, &t, Method::POST, &close, &ana, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(&c, &t, Method::POST, &close, &ben, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, left) = call(&c, &t, Method::GET, &listings, &ben, None).await;
    assert_eq!(left["listings"].as_array().unwrap().len(), 1);
    assert_eq!(left["listings"][0]["kind"], "request");
}

fn serde_urlencoded_pair(key: &str, value: &str) -> String {
    reqwest::Url::parse_with_params("http://x/", &[(key, value)])
        .unwrap()
        .query()
        .unwrap_or_default()
        .to_string()
}

/// A member hammering the time bank is stopped at the rate limits, counted in the
/// ledger writer's own transaction: the proposals and gifts past the limit answer 429
/// with a Retry-After and record nothing, while the other members go on exchanging.
#[tokio::test]
async fn a_member_hammering_the_time_bank_is_limited_and_locks_nobody_out() {
    use gemeng_core::timebank::{GIFTS_PER_DAY, PROPOSALS_PER_HOUR};
    let t = TestApp::start().await;
    street(&t).await;
    let c = Client::new();
    let ana = token(&t, "testville", "ana@example.lu").await;
    let ben = token(&t, "testville", "ben@example.lu").await;
    let cleo = token(&t, "testville", "cleo@example.lu").await;
    let ana_id = user_id(&t, "ana@example.lu").await;
    let ben_id = user_id(&t, "ben@example.lu").await;
    for token in [&ana, &ben, &cleo] {
        join(&c, &t, token).await;
    }
    let attempts = PROPOSALS_PER_HOUR as usize + 15;
    let propose = |n: usize| {
        let (c, url, ana) = (c.clone(), t.url(BANK), ana.clone());
        async move {
            let r = c
                .post(format!("{url}/proposals"))
                .bearer_auth(&ana)
                .header("accept-language", "fr")
                .json(&json!({ "with": ben_id, "direction": "ask", "amount": 10,
                    "memo": format!("Coup de main {n}"), "category": "household",
                    "request_key": format!("hammer-{n}-xxxxxxxx") }))
                .send()
                .await
                .unwrap();
            let retry_after = r.headers().get("retry-after").cloned();
            (r.status(), retry_after, r.json::<Value>().await.unwrap())
        }
    };
    // All at once, as an attacker would send them: they share batches in the writer.
    let tasks: Vec<_> = (0..attempts).map(|n| tokio::spawn(propose(n))).collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    let created = answers
        .iter()
        .filter(|(s, ..)| *s == StatusCode::CREATED)
        .count();
    assert_eq!(created, PROPOSALS_PER_HOUR as usize);
    for (status, retry_after, problem) in answers.iter().filter(|(s, ..)| *s != StatusCode::CREATED)
    {
        assert_eq!(*status, StatusCode::TOO_MANY_REQUESTS, "{problem}");
        let seconds: i64 = retry_after
            .as_ref()
            .unwrap()
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=7200).contains(&seconds), "{seconds}");
        assert!(
            problem["title"].as_str().unwrap().contains("Trop"),
            "{problem}"
        );
    }
    let stored = t
        .text(&format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM timebank_proposals p JOIN timebank_accounts a
             ON a.id = p.proposer WHERE a.user_id = {ana_id}"
        ))
        .await;
    assert_eq!(stored, PROPOSALS_PER_HOUR.to_string());

    // Ana's limit is hers: Cleo proposes to Ben and Ben confirms as usual.
    let (status, proposal) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals"),
        &cleo,
        Some(
            json!({ "with": ben_id, "direction": "pay", "amount": 20, "memo": "Soupe",
            "category": "household", "request_key": "cleo-soupe-xxxxxxxx" }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{proposal}");
    let id = proposal["id"].as_i64().unwrap();
    let (status, answer) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals/{id}/confirm"),
        &ben,
        Some(json!({ "request_key": "ben-soupe-xxxxxxxx" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");

    // Gifts: at most GIFTS_PER_DAY a day, and the minutes of a refused one stay put.
    let mut given = 0;
    for n in 0..GIFTS_PER_DAY + 3 {
        let (status, _) = call(
            &c,
            &t,
            Method::POST,
            &format!("{BANK}/gifts"),
            &ana,
            Some(json!({ "to": ben_id, "amount": 1, "memo": "Merci",
                "request_key": format!("gift-{n}-xxxxxxxx") })),
        )
        .await;
        match status {
            StatusCode::CREATED => given += 1,
            StatusCode::TOO_MANY_REQUESTS => assert!(n >= GIFTS_PER_DAY),
            other => panic!("a gift answered {other}"),
        }
    }
    assert_eq!(given, GIFTS_PER_DAY);
    let (_, account) = call(&c, &t, Method::GET, BANK, &ana, None).await;
    let welcome = account["rules"]["welcome_credit"].as_i64().unwrap();
    assert_eq!(
        account["balance"].as_i64().unwrap(),
        welcome - GIFTS_PER_DAY
    );
    assert_sound(&t, Rules::default()).await;
}

/// One batch of the ledger writer decides each action on what the actions before it
/// wrote, although it reads the accounts, proposals and keys they name only once: a
/// second gift past the credit limit is refused, a second confirmation finds the
/// proposal confirmed, a retried key finds its first transfer.
#[tokio::test]
async fn one_batch_decides_each_action_on_what_the_actions_before_it_wrote() {
    use gemeng::timebank::ledger::{Answer, Command, Outcome, Refused, Request};
    use gemeng::timebank::writer::apply_all;
    use gemeng_core::ledger::Refusal;
    use gemeng_db::posts::Stored;

    let t = TestApp::start().await;
    street(&t).await;
    let c = Client::new();
    for email in ["ana@example.lu", "ben@example.lu", "cleo@example.lu"] {
        join(&c, &t, &token(&t, "testville", email).await).await;
    }
    let (ana, ben, cleo) = (
        user_id(&t, "ana@example.lu").await,
        user_id(&t, "ben@example.lu").await,
        user_id(&t, "cleo@example.lu").await,
    );
    let commune = commune_id(&t).await;
    let at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let request = |command: Command| Request {
        commune_id: commune,
        command,
        limit: None,
        notice: None,
    };
    let gift = |from: i64, to: i64, amount: i64, key: &str| {
        request(Command::Gift {
            from,
            to,
            amount,
            memo: "Merci".into(),
            key: key.into(),
        })
    };
    // Ana holds the welcome credit (60) and may go down to −600: 660 minutes to give.
    let rules = Rules::default();
    assert_eq!(rules.welcome_credit + rules.credit_limit, 660);
    let batch = [
        gift(ana, ben, 400, "gift-one-xxxxxxxx"),
        gift(ana, cleo, 400, "gift-two-xxxxxxxx"),
        gift(ana, ben, 400, "gift-one-xxxxxxxx"),
        gift(ana, cleo, 260, "gift-three-xxxxxxxx"),
        gift(ana, cleo, 1, "gift-four-xxxxxxxx"),
    ];
    let (outcomes, _) = apply_all(&t.db, &batch.iter().collect::<Vec<_>>(), at)
        .await
        .unwrap();
    let Ok(Outcome::Transferred(Stored::New(first))) = outcomes[0] else {
        panic!("{outcomes:?}")
    };
    assert_eq!(
        outcomes[1],
        Err(Refused::Ledger(Refusal::BelowCreditLimit)),
        "the second gift saw the balance before the first"
    );
    assert_eq!(
        outcomes[2],
        Ok(Outcome::Transferred(Stored::Again(first))),
        "a key used earlier in the batch names its transfer"
    );
    assert!(matches!(
        outcomes[3],
        Ok(Outcome::Transferred(Stored::New(_)))
    ));
    assert_eq!(outcomes[4], Err(Refused::Ledger(Refusal::BelowCreditLimit)));

    let proposed = request(Command::Propose {
        proposer: ben,
        counterpart: cleo,
        pays: false,
        amount: 30,
        memo: "Jardin".into(),
        category: "garden",
        key: "proposal-xxxxxxxx".into(),
    });
    let (outcomes, _) = apply_all(&t.db, &[&proposed], at).await.unwrap();
    let Ok(Outcome::Proposed { stored, .. }) = &outcomes[0] else {
        panic!("{outcomes:?}")
    };
    let answer = |user_id: i64, answer: Answer, key: &str| {
        request(Command::Answer {
            user_id,
            proposal: stored.id(),
            answer,
            key: key.into(),
        })
    };
    let batch = [
        answer(cleo, Answer::Confirm, "confirm-one-xxxxxxxx"),
        answer(cleo, Answer::Confirm, "confirm-two-xxxxxxxx"),
        answer(cleo, Answer::Confirm, "confirm-one-xxxxxxxx"),
        answer(ben, Answer::Cancel, "cancel-xxxxxxxx"),
    ];
    let (outcomes, _) = apply_all(&t.db, &batch.iter().collect::<Vec<_>>(), at)
        .await
        .unwrap();
    let Ok(Outcome::Answered {
        proposal,
        transfer: Some(transfer),
        again: false,
    }) = &outcomes[0]
    else {
        panic!("{outcomes:?}")
    };
    assert_eq!(proposal.state, "confirmed");
    assert_eq!(outcomes[1], Err(Refused::Ledger(Refusal::NotPending)));
    let Ok(Outcome::Answered {
        transfer: again,
        again: true,
        ..
    }) = &outcomes[2]
    else {
        panic!("{outcomes:?}")
    };
    assert_eq!(again, &Some(*transfer));
    assert_eq!(outcomes[3], Err(Refused::Ledger(Refusal::NotPending)));
    let transfers = assert_sound(&t, rules).await;
    assert_eq!(transfers.iter().filter(|t| t.kind == "exchange").count(), 1);
}

/// A member hears by e-mail of an exchange waiting for their answer, and the proposer
/// of its answer, as each chose: at once (the default), in the daily digest, or never.
#[tokio::test]
async fn exchanges_are_told_by_e_mail_as_each_member_chose() {
    use gemeng_core::notices::{Frequency, Topic};
    let t = TestApp::start_with_mail().await;
    street(&t).await;
    let c = Client::new();
    let ana = token(&t, "testville", "ana@example.lu").await;
    let ben = token(&t, "testville", "ben@example.lu").await;
    let ana_id = user_id(&t, "ana@example.lu").await;
    let ben_id = user_id(&t, "ben@example.lu").await;
    join(&c, &t, &ana).await;
    join(&c, &t, &ben).await;
    let propose = |memo: &'static str, key: &'static str| {
        let (c, t, ana) = (&c, &t, &ana);
        async move {
            let (status, proposal) = call(
                c,
                t,
                Method::POST,
                &format!("{BANK}/proposals"),
                ana,
                Some(
                    json!({ "with": ben_id, "direction": "ask", "amount": 45, "memo": memo,
                    "category": "shopping", "request_key": key }),
                ),
            )
            .await;
            assert_eq!(status, StatusCode::CREATED, "{proposal}");
            proposal["id"].as_i64().unwrap()
        }
    };

    // At once: Ben is asked to answer, with the amount he would pay and the link.
    let first = propose("Shopping at the market", "notice-one-xxxxxxxx").await;
    let mail = t
        .smtp()
        .wait_for("ben@example.lu", "waits for your answer")
        .await;
    assert!(mail.subject.contains("ana"), "{}", mail.subject);
    assert!(
        mail.body.contains("Shopping at the market"),
        "{}",
        mail.body
    );
    assert!(mail.body.contains("You pay: 45 minutes"), "{}", mail.body);
    assert!(
        mail.body
            .contains(&format!("{}/c/testville/timebank", t.base)),
        "{}",
        mail.body
    );
    assert!(mail.headers["list-unsubscribe"].contains("topic=timebank"));
    // Ben confirms: Ana hears the minutes moved, with a link to her statement.
    let (status, _) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals/{first}/confirm"),
        &ben,
        Some(json!({ "request_key": "notice-confirm-xxxxxxxx" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let mail = t
        .smtp()
        .wait_for("ana@example.lu", "Exchange confirmed")
        .await;
    assert!(mail.body.contains("Minutes: 45 minutes"), "{}", mail.body);
    assert!(
        mail.body.contains("/c/testville/timebank/statement"),
        "{}",
        mail.body
    );
    // A retried confirmation tells nobody again.
    call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals/{first}/confirm"),
        &ben,
        Some(json!({ "request_key": "notice-confirm-xxxxxxxx" })),
    )
    .await;

    // Daily for Ben, never for Ana.
    let mut tx = t.db.begin().await.unwrap();
    gemeng_db::notices::set_frequency(&mut tx, ben_id, Topic::TimeBank, Frequency::Daily)
        .await
        .unwrap();
    gemeng_db::notices::set_frequency(&mut tx, ana_id, Topic::TimeBank, Frequency::Never)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let second = propose("Watering the plants", "notice-two-xxxxxxxx").await;
    assert_eq!(t.count("notice_digest_items").await, 1);
    let app = t.jobs_app();
    assert_eq!(gemeng::notices::send_digests(&app).await.unwrap(), 1);
    let digest = t
        .smtp()
        .wait_for("ben@example.lu", "Your day on Gemeng")
        .await;
    assert!(
        digest.body.contains("Exchange to answer"),
        "{}",
        digest.body
    );
    assert!(
        digest.body.contains("Watering the plants"),
        "{}",
        digest.body
    );
    let (status, _) = call(
        &c,
        &t,
        Method::POST,
        &format!("{BANK}/proposals/{second}/decline"),
        &ben,
        Some(json!({ "request_key": "notice-decline-xxxxxxxx" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // The outbox holds every e-mail as the requests left it: Ana chose never, so none
    // for the refusal; a retried confirmation told her nothing again; Ben had one
    // e-mail at once and one digest.
    let subjects = |who: &'static str| {
        let db = t.db.clone();
        async move {
            let subjects: Vec<String> = gemeng_db::with_pool!(db.reader(), |pool| {
                sqlx::query_scalar("SELECT subject FROM outbox WHERE recipient = $1")
                    .bind(who)
                    .fetch_all(pool)
                    .await
                    .unwrap()
            });
            subjects.join(" | ")
        }
    };
    let to_ana = subjects("ana@example.lu").await;
    assert!(!to_ana.contains("declined"), "{to_ana}");
    assert_eq!(to_ana.matches("Exchange confirmed").count(), 1, "{to_ana}");
    let to_ben = subjects("ben@example.lu").await;
    assert_eq!(to_ben.split(" | ").count(), 2, "{to_ben}");
}
