//! The demo's event day: the seed's orientation day for newcomers, organised by the
//! commune's staff three weeks ahead, open to all (guests too) and published, written
//! in the five languages through the same flow as the organiser's form. Ana has a
//! place.

use std::collections::BTreeMap;

use anyhow::Context;
use gemeng_db::accounts;
use gemeng_db::communes::Commune;

use crate::activities::local_parts;
use crate::app::{now, App};
use crate::events::{create, publish, register, EventInput, EventVersionIn};
use crate::http::api::WholeNumber;

const STAFF: &str = "staff@demo.gemeng.lu";

const VERSIONS: &[(&str, &str, &str)] = &[
    ("lb", "Orientéierungsdag fir nei Awunner", "Stänn vu Ministèren a Veräiner, Workshoppen an eng Lounge fir Leit kennenzeléieren: alles, wat een an den éischte Méint brauch."),
    ("fr", "Journée d’orientation pour nouveaux arrivants", "Des stands de ministères et d’associations, des ateliers et un salon pour faire connaissance\u{a0}: tout ce qu’il faut les premiers mois."),
    ("de", "Orientierungstag für Neuankömmlinge", "Stände von Ministerien und Vereinen, Workshops und eine Lounge zum Kennenlernen: alles, was man in den ersten Monaten braucht."),
    ("en", "Orientation day for newcomers", "Stands of ministries and associations, workshops and a lounge to meet people: everything you need in your first months."),
    ("pt", "Dia de orientação para recém-chegados", "Stands de ministérios e associações, workshops e um salão para conhecer pessoas: tudo o que é preciso nos primeiros meses."),
];

pub async fn seed(app: &App, commune: &Commune) -> anyhow::Result<()> {
    let staff = accounts::by_email(&app.db, commune.id, STAFF)
        .await?
        .context("demo staff")?;
    let versions: BTreeMap<String, EventVersionIn> = VERSIONS
        .iter()
        .map(|(language, title, description)| {
            (
                language.to_string(),
                EventVersionIn {
                    title: title.to_string(),
                    description: format!("{description}{}", super::demo::DEMO_LABEL),
                },
            )
        })
        .collect();
    let (date, _) = local_parts(now() + 21 * 86_400);
    let input = EventInput {
        versions,
        date,
        starts: "09:00".into(),
        ends: "17:00".into(),
        registration: "public".into(),
        capacity: Some(WholeNumber::Whole(600)),
        link: None,
        request_key: "demo-orientation-day".into(),
    };
    let id = create(app, commune, &staff, &input)
        .await?
        .map_err(|errors| anyhow::anyhow!("the demo event is refused: {errors:?}"))?;
    publish(app, commune, &staff, id).await?;
    let ana = accounts::by_email(&app.db, commune.id, "ana@demo.gemeng.lu")
        .await?
        .context("demo resident")?;
    register(app, commune, &ana, id)
        .await?
        .map_err(|refusal| anyhow::anyhow!("the demo registration is refused: {refusal:?}"))?;
    Ok(())
}
