//! The design system's own page: every component of `templates/components.html`,
//! rendered in the reader's language with sample content, so that a new capability
//! builds its pages from them (and the browser journey checks them all at 320 px).

pub mod charts;

use askama::Template;
use axum::response::Response;
use gemeng_core::validation::FieldErrors;

use crate::http::components::{Step, StepState};
use crate::http::context::{Ctx, Page};
use crate::http::error::AppResult;
use crate::http::web::render;

/// The icons of the sprite (`static/icons.svg`), each shown with its name.
pub const ICONS: &[&str] = &[
    "home",
    "people",
    "person",
    "desk",
    "exit",
    "plus",
    "settings",
    "check",
    "alert",
    "info",
    "letter",
    "arrow-right",
    "arrow-left",
    "clock",
];

const SAMPLE_DATE: i64 = 1_764_000_000;

#[derive(Template)]
#[template(path = "design/page.html")]
struct DesignPage {
    page: Page,
    errors: FieldErrors,
    steps: Vec<Step>,
    icons: &'static [&'static str],
    /// A date for the samples: 24.11.2025.
    sample_date: i64,
    chart: charts::BarChart,
}

pub async fn page(ctx: Ctx) -> AppResult<Response> {
    let page = Page::plain(&ctx, "design-title");
    let mut errors = FieldErrors::new();
    errors.add("sample_name", "error-name-too-short");
    errors.add("sample_email", "error-email-invalid");
    let steps = vec![
        Step {
            state: StepState::Done,
            title: page.t("design-sample-step-one"),
            detail: String::new(),
            when: Some(page.date(&SAMPLE_DATE)),
        },
        Step {
            state: StepState::Current,
            title: page.t("design-sample-step-two"),
            detail: page.t("design-sample-step-two-detail"),
            when: None,
        },
        Step {
            state: StepState::Waiting,
            title: page.t("design-sample-step-three"),
            detail: String::new(),
            when: None,
        },
        Step {
            state: StepState::Refused,
            title: page.t("design-sample-step-four"),
            detail: page.t("design-sample-step-four-detail"),
            when: None,
        },
    ];
    let chart = charts::BarChart {
        id: "design-chart".into(),
        title: page.t("design-sample-chart"),
        label_heading: page.t("design-sample-chart-label"),
        value_heading: page.t("design-sample-chart-value"),
        bars: [("lb", 42), ("fr", 31), ("pt", 18), ("de", 9), ("en", 0)]
            .iter()
            .map(|(code, value)| charts::Bar {
                label: crate::http::i18n::Tr::new(
                    gemeng_core::language::Language::from_code(code)
                        .unwrap_or(gemeng_core::language::Language::En),
                )
                .t("language-name"),
                value: *value,
                shown: charts::grouped(*value),
            })
            .collect(),
    };
    render(&DesignPage {
        chart,
        page,
        errors,
        steps,
        icons: ICONS,
        sample_date: SAMPLE_DATE,
    })
}
