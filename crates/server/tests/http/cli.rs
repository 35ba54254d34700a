//! The `gemeng` binary's commands, run as an operator would run them.

use std::process::Command;

fn gemeng(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gemeng"))
        .args(args)
        .env("GEMENG_DATABASE_URL", database_url)
        .env("GEMENG_CONFIG", "/nonexistent/gemeng.toml")
        .env("GEMENG_ADMIN_PASSWORD", "a long admin phrase")
        .output()
        .expect("run gemeng")
}

fn text(o: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn a_missing_postgresql_is_a_clear_start_up_error() {
    let out = gemeng("postgres://postgres@127.0.0.1:1/gemeng", &["migrate"]);
    assert!(!out.status.success());
    let said = text(&out);
    assert!(
        said.contains("Gemeng cannot start without its database") && said.contains("127.0.0.1:1"),
        "{said}"
    );
    let out = gemeng("mysql://localhost/x", &["migrate"]);
    assert!(text(&out).contains("must start with sqlite:// or postgres://"));
}

#[test]
fn an_operator_sets_up_a_commune_imports_backs_up_and_restores() {
    let dir =
        std::env::temp_dir().join(format!("gemeng-cli-{}", gemeng_core::codes::random_token()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("gemeng.db").display());
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    let ok = |args: &[&str]| {
        let out = gemeng(&url, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out));
        text(&out)
    };
    ok(&["migrate"]);
    ok(&[
        "create-commune",
        "--slug",
        "hesper",
        "--name",
        "Hesper",
        "--language",
        "lb",
    ]);
    // With one commune, it need not be named.
    let said = ok(&[
        "import-neighbourhoods",
        demo.join("luxembourg-city-quartiers.geojson")
            .to_str()
            .unwrap(),
    ]);
    assert!(said.contains("24 neighbourhood(s) created"), "{said}");
    let said = ok(&[
        "import-addresses",
        "--commune",
        "hesper",
        demo.join("luxembourg-city-addresses.csv").to_str().unwrap(),
    ]);
    assert!(
        said.contains("3120 address(es) imported; 0 lie in no neighbourhood"),
        "{said}"
    );
    // The import reached the database file itself: a copy of gemeng.db alone (the
    // write-ahead log left behind) holds every address.
    let wal = dir.join("gemeng.db-wal");
    assert!(!wal.exists() || wal.metadata().unwrap().len() == 0);
    let copy = dir.join("copy.db");
    std::fs::copy(dir.join("gemeng.db"), &copy).unwrap();
    let copied: i64 = tokio::runtime::Runtime::new().unwrap().block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", copy.display()))
            .await
            .unwrap();
        sqlx::query_scalar("SELECT COUNT(*) FROM addresses")
            .fetch_one(&mut conn)
            .await
            .unwrap()
    });
    assert_eq!(copied, 3120);
    ok(&[
        "create-admin",
        "--commune",
        "hesper",
        "--email",
        "admin@hesper.lu",
        "--name",
        "Admin",
    ]);

    // A bad register is refused with its line numbers, and nothing is written.
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "street,number,postcode,locality,lat,lon\nRue A,1,1000,Hesper,49.6,6.1\nRue B,2,1000,Hesper,49.6\n").unwrap();
    let out = gemeng(
        &url,
        &[
            "import-addresses",
            "--commune",
            "hesper",
            bad.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("Line 3"), "{}", text(&out));
    let out = gemeng(
        &url,
        &[
            "import-addresses",
            "--commune",
            "nowhere",
            bad.to_str().unwrap(),
        ],
    );
    assert!(text(&out).contains("there is no commune \"nowhere\""));

    let backup = dir.join("backup.db");
    let said = ok(&["backup", backup.to_str().unwrap()]);
    assert!(said.contains("Backed up"));
    ok(&["create-commune", "--slug", "later", "--name", "Later"]);
    let out = gemeng(&url, &["import-addresses", bad.to_str().unwrap()]);
    assert!(
        text(&out).contains("name the commune with --commune (one of: hesper, later)"),
        "{}",
        text(&out)
    );
    ok(&["restore", backup.to_str().unwrap()]);
    // The commune created after the backup is gone; the one before it is back.
    let out = gemeng(
        &url,
        &[
            "import-addresses",
            "--commune",
            "later",
            bad.to_str().unwrap(),
        ],
    );
    assert!(text(&out).contains("there is no commune \"later\""));
    let out = gemeng(&url, &["restore", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    std::fs::remove_dir_all(&dir).ok();
}
