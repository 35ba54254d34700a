//! The time bank's pages: members join, record an exchange, answer it and read their
//! statement (and its CSV); the coordinator sees the activity, records at the counter,
//! corrects by a reversing entry and exports the ledger. Bad input comes back on the
//! form, in the reader's language, with nothing moved.

use gemeng_core::account::{Residence, Role};
use reqwest::StatusCode;

use crate::neighbourhood::street;
use crate::support::{body, location, Browser, TestApp, PASSWORD};

const BANK: &str = "/c/testville/timebank";
const DESK: &str = "/c/testville/staff/timebank";

async fn user_id(t: &TestApp, email: &str) -> String {
    t.text(&format!(
        "SELECT CAST(id AS TEXT) FROM users WHERE email = '{email}'"
    ))
    .await
}

async fn join(who: &Browser) {
    let r = who
        .submit(BANK, &format!("{BANK}/join"), &[("accept", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("{BANK}?done=joined"));
}

#[tokio::test]
async fn members_join_exchange_answer_and_read_their_statement() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let ben_id = user_id(&t, "ben@example.lu").await;

    // Not joined yet: the rules, and a box to tick. Untouched, it is refused.
    let (status, html) = s.ana.page(BANK).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("You receive 60 minutes from the commune as a welcome."),
        "{html}"
    );
    let r = s.ana.submit(BANK, &format!("{BANK}/join"), &[]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("Tick the box to accept the rules."));
    assert_eq!(t.count("timebank_accounts").await, 0);
    // The forms send a member who has not joined to the page that says how.
    let r = s.cleo.get(&format!("{BANK}/exchange")).await;
    assert_eq!(location(&r), BANK);
    join(&s.ana).await;
    join(&s.ben).await;
    let (_, html) = s.ana.page(&format!("{BANK}?done=joined")).await;
    assert!(html.contains("Welcome to the time bank."));
    assert!(html.contains("60 minutes"));

    // Ana records that she helped Ben: a fraction is refused in her words first.
    let exchange = format!("{BANK}/exchange");
    let fields = |amount: &'static str| {
        vec![
            ("with", ben_id.clone()),
            ("direction", "ask".to_string()),
            ("amount", amount.to_string()),
            ("memo", "=HYPERLINK(\"evil\") Ironing".to_string()),
            ("category", "household".to_string()),
            ("request_key", "page-exchange-1".to_string()),
        ]
    };
    let refused = fields("1,5");
    let refused: Vec<(&str, &str)> = refused.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = s.ana.submit(&exchange, &exchange, &refused).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(html.contains("Write a whole number of minutes"), "{html}");
    // What she typed is kept.
    assert!(html.contains("value=\"1,5\""));
    assert_eq!(t.count("timebank_proposals").await, 0);
    let good = fields("90");
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = s.ana.submit(&exchange, &exchange, &good).await;
    assert_eq!(location(&r), format!("{BANK}?done=proposed"));
    // The same form sent twice (a double click) is one proposal.
    s.ana.submit(&exchange, &exchange, &good).await;
    assert_eq!(t.count("timebank_proposals").await, 1);

    // Ben sees it waiting for his answer and confirms.
    let (_, html) = s.ben.page(BANK).await;
    assert!(html.contains("ana asks you for minutes"), "{html}");
    let id = t
        .text("SELECT CAST(MAX(id) AS TEXT) FROM timebank_proposals")
        .await;
    let confirm = format!("{BANK}/proposals/{id}/confirm");
    let r = s
        .ben
        .submit(BANK, &confirm, &[("request_key", &format!("confirm-{id}"))])
        .await;
    assert_eq!(location(&r), format!("{BANK}?done=confirmed"));
    // Confirming again is answered on the page, and nothing moves.
    let r = s
        .ben
        .submit(BANK, &confirm, &[("request_key", "another-key-1")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("already been answered"));
    // Ana cannot answer her own proposal either.
    let r = s
        .ana
        .submit(BANK, &format!("{BANK}/proposals/{id}/decline"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (_, html) = s.ben.page(BANK).await;
    assert!(html.contains("-30 minutes"), "{html}");

    // The statement, on screen and as CSV (oldest first, running balance, no formula).
    let (_, html) = s.ana.page(&format!("{BANK}/statement")).await;
    assert!(
        html.contains("Welcome credit") && html.contains("+90"),
        "{html}"
    );
    let r = s.ana.get(&format!("{BANK}/statement.csv")).await;
    assert_eq!(
        r.headers()["content-type"].to_str().unwrap(),
        "text/csv; charset=utf-8"
    );
    let csv = r.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "Date,Kind,With,Description,Category,Minutes,Balance"
    );
    assert!(
        lines[1].contains("Welcome credit,The commune,,Other,60,60"),
        "{csv}"
    );
    assert!(
        lines[2].ends_with(",ben,\"'=HYPERLINK(\"\"evil\"\") Ironing\",Household,90,150"),
        "{csv}"
    );

    // A gift, refused past the credit limit, then given.
    let gift = format!("{BANK}/gift");
    let r = s
        .ben
        .submit(
            &gift,
            &gift,
            &[
                ("to", &user_id(&t, "ana@example.lu").await),
                ("amount", "600"),
                ("memo", "All"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(r).await.contains("below the credit limit"));
    let r = s
        .ben
        .submit(
            &gift,
            &gift,
            &[
                ("to", &user_id(&t, "ana@example.lu").await),
                ("amount", "10"),
                ("memo", "Thanks"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{BANK}?done=given"));
}

#[tokio::test]
async fn the_coordinator_sees_activity_records_corrects_and_exports() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let f = gemeng_db::communes::by_slug(&t.db, "testville")
        .await
        .unwrap()
        .unwrap()
        .id;
    let home = t.address(f, "ouest 4").await;
    t.account(
        f,
        "staff@example.lu",
        Role::Staff,
        Some(home),
        Residence::Verified,
    )
    .await;
    let staff = t.browser();
    staff.login("testville", "staff@example.lu", PASSWORD).await;
    join(&s.ana).await;
    join(&s.ben).await;
    let (ana_id, ben_id) = (
        user_id(&t, "ana@example.lu").await,
        user_id(&t, "ben@example.lu").await,
    );

    // Members may not coordinate.
    let r = s.ana.get(DESK).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // At the counter: Ana helped Ben with a form.
    let counter = format!("{DESK}/counter");
    let r = staff
        .submit(
            &counter,
            &counter,
            &[
                ("payer", &ben_id),
                ("payee", &ana_id),
                ("amount", "45"),
                ("memo", "Tax form"),
                ("category", "paperwork"),
                ("request_key", "page-counter-1"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{DESK}?done=counter"));
    let r = staff
        .submit(
            &counter,
            &counter,
            &[("payer", &ben_id), ("payee", &ben_id), ("amount", "0")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("above zero") && html.contains("yourself"),
        "{html}"
    );

    // The activity: charts drawn on the server, with their tables.
    let (status, html) = staff.page(DESK).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("2 members"), "{html}");
    assert!(html.contains("<svg") && html.contains("role=\"img\""));
    assert!(html.contains("Exchanges per month") && html.contains("Most exchanged categories"));
    assert!(html.contains("<th scope=\"row\">Paperwork</th>"), "{html}");
    assert!(html.contains("Every balance equals the sum of its entries"));

    // Rules out of bounds come back with their fields; good ones are saved.
    let r = staff
        .submit(
            DESK,
            &format!("{DESK}/rules"),
            &[
                ("credit_limit", "7000"),
                ("welcome_credit", "60"),
                ("proposal_hours", "1.5"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("from 0 to 6,000") && html.contains("1 to 720 hours"),
        "{html}"
    );
    let r = staff
        .submit(
            DESK,
            &format!("{DESK}/rules"),
            &[
                ("credit_limit", "300"),
                ("welcome_credit", "30"),
                ("proposal_hours", "72"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{DESK}?done=rules"));
    let (_, html) = s.cleo.page(BANK).await;
    assert!(html.contains("You receive 30 minutes"), "{html}");

    // The ledger: the counter entry is corrected with a reason, once.
    let entry = t
        .text("SELECT CAST(id AS TEXT) FROM timebank_transfers WHERE kind = 'counter'")
        .await;
    let ledger = format!("{DESK}/ledger");
    let reverse = format!("{DESK}/transfers/{entry}/reversal");
    let r = staff.submit(&ledger, &reverse, &[("reason", "")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = staff
        .submit(
            &ledger,
            &reverse,
            &[
                ("reason", "Wrong member"),
                ("request_key", "page-reverse-1"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{DESK}?done=reversed"));
    let (_, html) = staff.page(&ledger).await;
    assert!(
        html.contains("Correction") && html.contains("Wrong member"),
        "{html}"
    );
    assert!(
        !html.contains(&format!("/transfers/{entry}/reversal")),
        "reversible twice"
    );
    let csv = staff
        .get(&format!("{DESK}/ledger.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.starts_with("Number,Date,Kind,From,To,Minutes,Description,Category,Corrects entry"));
    assert!(
        csv.contains(&format!(",{entry}\n")) || csv.trim_end().ends_with(&format!(",{entry}")),
        "{csv}"
    );
    let audit = gemeng_db::timebank::audit(&t.db, f).await.unwrap();
    assert!(audit.sound());
}

#[tokio::test]
async fn members_publish_and_find_offers_and_requests_on_the_pages() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    join(&s.ana).await;
    join(&s.ben).await;
    let new = format!("{BANK}/listings/new");
    let listings = format!("{BANK}/listings");
    let r = s
        .ana
        .submit(
            &new,
            &listings,
            &[
                ("kind", "offer"),
                ("category", "garden"),
                ("title", ""),
                ("text", "Ich mähe Rasen."),
                ("minutes", "1,5"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(
        html.contains("Give it a title.") && html.contains("whole number of minutes"),
        "{html}"
    );
    assert!(html.contains("Ich mähe Rasen."), "what was typed is kept");
    let r = s
        .ana
        .submit(
            &new,
            &listings,
            &[
                ("kind", "offer"),
                ("category", "garden"),
                ("title", "Rasen mähen"),
                ("text", "Ich mähe Rasen."),
                ("minutes", "60"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{listings}?done=published"));
    // Ben finds it by a word typed without its accent, and can propose the exchange.
    let (_, html) = s.ben.page(&format!("{listings}?q=mahe")).await;
    assert!(
        html.contains("Rasen mähen") && html.contains("60 minutes"),
        "{html}"
    );
    let ana_id = user_id(&t, "ana@example.lu").await;
    assert!(html.contains(&format!("{BANK}/exchange?with={ana_id}")));
    let (_, form) = s.ben.page(&format!("{BANK}/exchange?with={ana_id}")).await;
    assert!(
        form.contains(&format!("<option value=\"{ana_id}\" selected>")),
        "{form}"
    );
    // Ana closes it.
    let id = t
        .text("SELECT CAST(MAX(id) AS TEXT) FROM timebank_listings")
        .await;
    let r = s
        .ben
        .submit(&listings, &format!("{listings}/{id}/close"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = s
        .ana
        .submit(&listings, &format!("{listings}/{id}/close"), &[])
        .await;
    assert_eq!(location(&r), format!("{listings}?done=closed"));
    let (_, html) = s.ben.page(&listings).await;
    assert!(!html.contains("Rasen mähen"));
}

/// In a time bank too large to list, a member types a name: one match is taken, several
/// are offered to choose from, none is said so — all on the form, without JavaScript.
#[tokio::test]
async fn in_a_large_time_bank_members_are_found_by_name() {
    use gemeng::timebank::member_field::MEMBERS_LISTED;
    let t = TestApp::start().await;
    let s = street(&t).await;
    join(&s.ana).await;
    let commune = crate::timebank::commune_id(&t).await;
    let home = t.address(commune, "ouest 3").await;
    // "Member 0" … "Member 44": more than a list shows.
    let count = MEMBERS_LISTED as usize + 5;
    let made = gemeng_db::test_support::time_bank_members(&t.db, commune, home, count, "x").await;
    let exchange = format!("{BANK}/exchange");
    let (_, html) = s.ana.page(&exchange).await;
    assert!(
        !html.contains("<select id=\"with\""),
        "a list of {count} members"
    );
    assert!(html.contains("name=\"with_name\""), "{html}");

    let send = |typed: &'static str, chosen: String| {
        let (ana, exchange) = (&s.ana, exchange.clone());
        async move {
            ana.submit(
                &exchange,
                &exchange,
                &[
                    ("with", chosen.as_str()),
                    ("with_name", typed),
                    ("direction", "ask"),
                    ("amount", "30"),
                    ("memo", "Help with the stairs"),
                    ("category", "household"),
                    ("request_key", "large-bank-xxxxxxxx"),
                ],
            )
            .await
        }
    };
    // Nobody by that name: said so, the name kept.
    let r = send("Zoé", String::new()).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(html.contains("No member has that name"), "{html}");
    assert!(html.contains("value=\"Zoé\""), "{html}");
    // "member": every one of them — more than a form shows, so some, and a word to
    // type more; each offered as a choice.
    let r = send("member", String::new()).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body(r).await;
    assert!(html.contains("Many members have that name"), "{html}");
    assert!(html.contains("type=\"radio\" id=\"with-"), "{html}");
    // "4": Member 4 and Member 40 … 44 (not Member 14), all offered.
    let r = send("4", String::new()).await;
    let html = body(r).await;
    assert!(html.contains("Several members have that name"), "{html}");
    assert_eq!(
        html.matches("type=\"radio\" id=\"with-").count(),
        6,
        "{html}"
    );
    assert_eq!(t.count("timebank_proposals").await, 0);
    // "Member 44" alone: taken at once.
    let r = send("member 44", String::new()).await;
    assert_eq!(location(&r), format!("{BANK}?done=proposed"));
    let to: i64 = t
        .text("SELECT CAST(counterpart AS TEXT) FROM timebank_proposals")
        .await
        .parse()
        .unwrap();
    let member_44 = made[44].0;
    let account: i64 = t
        .text(&format!(
            "SELECT CAST(id AS TEXT) FROM timebank_accounts WHERE user_id = {member_44}"
        ))
        .await
        .parse()
        .unwrap();
    assert_eq!(to, account);
    // A member chosen among the matches is taken over the name typed.
    let member_12 = made[12].0.to_string();
    let r = s
        .ana
        .submit(
            &exchange,
            &exchange,
            &[
                ("with", member_12.as_str()),
                ("with_name", "member"),
                ("direction", "pay"),
                ("amount", "15"),
                ("memo", "Soup"),
                ("category", "household"),
                ("request_key", "large-bank-yyyyyyyy"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("{BANK}?done=proposed"));
    assert_eq!(t.count("timebank_proposals").await, 2);
    // An offer's "answer" link preselects its author: shown as chosen.
    let (_, html) = s.ana.page(&format!("{exchange}?with={member_12}")).await;
    assert!(
        html.contains(&format!("value=\"{member_12}\" checked")),
        "{html}"
    );
}
