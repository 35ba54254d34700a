//! The commune's address register: parsing the CSV import and the search key used
//! to find an address while signing up.

use serde::{Deserialize, Serialize};

use crate::validation::{echo, echo_within};

/// One row of the register as imported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddressRow {
    pub street: String,
    pub number: String,
    pub postcode: String,
    pub locality: String,
    pub lat: f64,
    pub lon: f64,
}

impl AddressRow {
    /// "Rue des Prés 12, 1009 Luxembourg": how the register and letters show it.
    pub fn label(&self) -> String {
        format!(
            "{} {}, {} {}",
            self.street, self.number, self.postcode, self.locality
        )
    }

    pub fn search_key(&self) -> String {
        search_key(&format!(
            "{} {} {} {}",
            self.street, self.number, self.postcode, self.locality
        ))
    }
}

/// A problem on one line of an imported file. `reason` is a Fluent key; `detail`
/// repeats a little of the file, cleaned and cut by [`echo`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub line: u64,
    pub reason: &'static str,
    pub detail: String,
}

/// How many row errors an import reports before it stops looking.
pub const MAX_REPORTED_ROW_ERRORS: usize = 20;
pub const MAX_REGISTER_ROWS: usize = 500_000;

const COLUMNS: [&str; 6] = ["street", "number", "postcode", "locality", "lat", "lon"];

/// Parses a whole register. Either every row is valid or the import is refused with
/// the first problems found, so a failed import never writes half a register.
pub fn parse_register(input: &[u8]) -> Result<Vec<AddressRow>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(input);
    let headers = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_ascii_lowercase())
            .collect::<Vec<_>>(),
        Err(e) => {
            return Err(vec![RowError {
                line: 1,
                reason: "import-error-csv",
                detail: echo(&e.to_string()),
            }])
        }
    };
    let mut positions = [0usize; 6];
    for (i, column) in COLUMNS.iter().enumerate() {
        match headers.iter().position(|h| h == column) {
            Some(p) => positions[i] = p,
            None => {
                return Err(vec![RowError {
                    line: 1,
                    reason: "import-error-missing-column",
                    detail: column.to_string(),
                }])
            }
        }
    }

    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(RowError {
                    line,
                    reason: "import-error-csv",
                    detail: echo(&e.to_string()),
                });
                if errors.len() >= MAX_REPORTED_ROW_ERRORS {
                    break;
                }
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if rows.len() >= MAX_REGISTER_ROWS {
            errors.push(RowError {
                line,
                reason: "import-error-too-many-rows",
                detail: MAX_REGISTER_ROWS.to_string(),
            });
            break;
        }
        match parse_row(&record, &positions) {
            Ok(row) => {
                let key = (
                    search_key(&row.street),
                    row.number.to_lowercase(),
                    row.postcode.clone(),
                );
                if let Some(first) = seen.insert(key, line) {
                    // The line number stays whole; the address is cut to make room.
                    let first = format!(" (line {first})");
                    let room = crate::validation::MAX_ECHOED_CHARS - first.len();
                    errors.push(RowError {
                        line,
                        reason: "import-error-duplicate-address",
                        detail: echo_within(&row.label(), room) + &first,
                    });
                } else {
                    rows.push(row);
                }
            }
            Err((reason, detail)) => errors.push(RowError {
                line,
                reason,
                detail: echo(&detail),
            }),
        }
        if errors.len() >= MAX_REPORTED_ROW_ERRORS {
            break;
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if rows.is_empty() {
        return Err(vec![RowError {
            line: 1,
            reason: "import-error-empty",
            detail: String::new(),
        }]);
    }
    Ok(rows)
}

fn parse_row(
    record: &csv::StringRecord,
    positions: &[usize; 6],
) -> Result<AddressRow, (&'static str, String)> {
    let field = |i: usize| record.get(positions[i]).unwrap_or("").trim();
    let text = |i: usize, max: usize| -> Result<String, (&'static str, String)> {
        let value = field(i);
        if value.is_empty() {
            Err(("import-error-missing-value", COLUMNS[i].to_string()))
        } else if value.chars().count() > max || value.chars().any(char::is_control) {
            Err(("import-error-bad-value", format!("{}: {value}", COLUMNS[i])))
        } else {
            Ok(value.to_string())
        }
    };
    let coordinate = |i: usize, limit: f64| -> Result<f64, (&'static str, String)> {
        let value = field(i);
        match value.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= limit => Ok(v),
            _ => Err((
                "import-error-bad-coordinate",
                format!("{}: {value}", COLUMNS[i]),
            )),
        }
    };
    Ok(AddressRow {
        street: text(0, 120)?,
        number: text(1, 16)?,
        postcode: text(2, 16)?,
        locality: text(3, 80)?,
        lat: coordinate(4, 90.0)?,
        lon: coordinate(5, 180.0)?,
    })
}

/// Accent-free, lower-case words separated by single spaces, so "rue des pres 12"
/// finds "Rue des Prés 12" on both storage engines with a plain `LIKE`.
pub fn search_key(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut key = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c);
        } else if !key.is_empty() && !key.ends_with(' ') {
            key.push(' ');
        }
    }
    key.truncate(key.trim_end().len());
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const GOOD: &str = "street,number,postcode,locality,lat,lon\n\
        Rue des Prés,12,1009,Luxembourg,49.6,6.13\n\
        Rue des Prés,12a,1009,Luxembourg,49.601,6.131\n";

    #[test]
    fn parses_a_register() {
        let rows = parse_register(GOOD.as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].label(), "Rue des Prés 12, 1009 Luxembourg");
        assert_eq!(rows[1].search_key(), "rue des pres 12a 1009 luxembourg");
    }

    #[test]
    fn columns_may_come_in_any_order() {
        let csv = "lon,lat,locality,postcode,number,street\n6.1,49.6,Lux,1009,3,Rue X\n";
        assert_eq!(parse_register(csv.as_bytes()).unwrap()[0].street, "Rue X");
    }

    #[test]
    fn bad_rows_are_reported_with_their_line() {
        let csv = "street,number,postcode,locality,lat,lon\n\
            Rue A,1,1009,Lux,49.6,6.1\n\
            Rue B,,1009,Lux,49.6,6.1\n\
            Rue C,2,1009,Lux,north,6.1\n\
            Rue A,1,1009,Lux,49.7,6.2\n";
        let errors = parse_register(csv.as_bytes()).unwrap_err();
        let summary: Vec<_> = errors.iter().map(|e| (e.line, e.reason)).collect();
        assert_eq!(
            summary,
            vec![
                (3, "import-error-missing-value"),
                (4, "import-error-bad-coordinate"),
                (5, "import-error-duplicate-address")
            ]
        );
    }

    #[test]
    fn missing_columns_and_empty_files_are_refused() {
        assert_eq!(
            parse_register(b"street,number\nA,1\n").unwrap_err()[0].reason,
            "import-error-missing-column"
        );
        assert_eq!(
            parse_register(b"street,number,postcode,locality,lat,lon\n").unwrap_err()[0].reason,
            "import-error-empty"
        );
        assert_eq!(
            parse_register(b"").unwrap_err()[0].reason,
            "import-error-missing-column"
        );
    }

    #[test]
    fn search_keys() {
        assert_eq!(search_key("  Rue de l'Église, 3 "), "rue de l eglise 3");
        assert_eq!(search_key("Pulvermühl"), "pulvermuhl");
    }

    #[test]
    fn echoed_values_are_cut_and_cleaned() {
        let long = "R".repeat(200);
        let csv = format!(
            "street,number,postcode,locality,lat,lon\n\
             {long},1,1009,Lux,49.6,6.1\n\
             Rue A,1,1009,Lux,{long},6.1\n\
             {street},2,1009,Lux,49.6,6.1\n\
             {street},2,1009,Lux,49.6,6.1\n",
            street = "S".repeat(119)
        );
        let errors = parse_register(csv.as_bytes()).unwrap_err();
        let details: Vec<_> = errors
            .iter()
            .map(|e| (e.reason, e.detail.as_str()))
            .collect();
        let cut = |s: &str| format!("{}…", &s[..79]);
        assert_eq!(
            details[0],
            (
                "import-error-bad-value",
                cut(&format!("street: {long}")).as_str()
            )
        );
        assert_eq!(
            details[1],
            (
                "import-error-bad-coordinate",
                cut(&format!("lat: {long}")).as_str()
            )
        );
        assert_eq!(details.len(), 3, "{details:?}");
        let duplicate = details[2].1;
        assert_eq!(details[2].0, "import-error-duplicate-address");
        assert!(duplicate.ends_with("… (line 4)"), "{duplicate}");
        assert_eq!(
            duplicate.chars().count(),
            crate::validation::MAX_ECHOED_CHARS
        );
        // A malformed record's error text is cut too.
        let errors = parse_register(
            format!("street,number,postcode,locality,lat,lon\n\"{long}\n").as_bytes(),
        );
        for e in errors.unwrap_err() {
            assert!(e.detail.chars().count() <= crate::validation::MAX_ECHOED_CHARS);
        }
    }

    proptest! {
        #[test]
        fn parse_register_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse_register(&bytes);
        }

        #[test]
        fn search_key_is_idempotent(s in "\\PC{0,60}") {
            let k = search_key(&s);
            prop_assert_eq!(search_key(&k), k.clone());
        }
    }
}
