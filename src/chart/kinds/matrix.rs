//! Who did what, as a matrix of parties (rows) by services (columns). A cell
//! is filled only where a source says the party delivered the service; every
//! other cell says "not known", which is not the same as "did not".

use super::super::model::{ChartError, Mark, MarkStyle, Panel, Row};
use super::super::scale::Scale;
use super::missing;
use crate::data::{self, Dataset, PanelKind, Party, Service, Target};
use crate::i18n::{format, strings, Lang};

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let mut parties: Vec<&Party> = Vec::new();
    let mut services: Vec<&Service> = Vec::new();
    for r in &p.marks {
        match r.target() {
            Some((Target::Party, id)) => {
                parties.push(d.party(id).ok_or_else(|| missing(Target::Party, id))?);
            }
            Some((Target::Service, id)) => {
                services.push(d.service(id).ok_or_else(|| missing(Target::Service, id))?);
            }
            _ => {}
        }
    }
    // A matrix that names only services has a row for every party, and the
    // other way round: the panel says which axis it is about.
    if parties.is_empty() {
        parties = d.partnership.parties.iter().collect();
    }
    if services.is_empty() {
        services = d.services.iter().collect();
    }
    let s = strings(lang);
    let mut marks = Vec::with_capacity(parties.len() * services.len());
    for party in &parties {
        let row = lang.pick(&party.name);
        for (slot, service) in services.iter().enumerate() {
            let column = lang.pick(&service.label);
            let known: Vec<_> = service
                .known_activities
                .iter()
                .filter(|a| a.party == party.id)
                .collect();
            let (display, style) = if known.is_empty() {
                (s.matrix_not_known, MarkStyle::Gap)
            } else {
                (s.matrix_delivered, MarkStyle::Primary)
            };
            let mut sources: Vec<String> = Vec::new();
            for id in known.iter().flat_map(|a| &a.sources) {
                if !sources.contains(id) {
                    sources.push(id.clone());
                }
            }
            let note = (!known.is_empty()).then(|| {
                known
                    .iter()
                    .map(|a| lang.pick(&a.description))
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            marks.push(Mark {
                id: format!("{}--{}", party.id, service.id),
                category: format!("{row}, {column}"),
                value: None,
                fraction: 0.0,
                display: display.to_string(),
                name: format!("{row}, {column}: {display}"),
                style,
                sources,
                note,
                slot,
            });
        }
    }
    let down = parties
        .iter()
        .map(|p| {
            let mut joined = format!("{} {}", s.joined, format::date(&p.joined, lang));
            if p.uncertain {
                joined = format!("{joined} ({})", s.uncertain);
            }
            (lang.pick(&p.name).to_string(), joined)
        })
        .collect();
    // The table reads by service: who delivered it according to the sources,
    // or that it is not known.
    let cols = services.len();
    let table = services
        .iter()
        .enumerate()
        .map(|(c, service)| {
            let delivered: Vec<(&Mark, &Party)> = marks
                .iter()
                .skip(c)
                .step_by(cols.max(1))
                .zip(&parties)
                .filter(|(m, _)| m.style != MarkStyle::Gap)
                .map(|(m, p)| (m, *p))
                .collect();
            let mut sources: Vec<String> = Vec::new();
            for id in delivered.iter().flat_map(|(m, _)| &m.sources) {
                if !sources.contains(id) {
                    sources.push(id.clone());
                }
            }
            let notes: Vec<&str> = delivered
                .iter()
                .filter_map(|(m, _)| m.note.as_deref())
                .collect();
            Row {
                id: service.id.clone(),
                category: lang.pick(&service.label).to_string(),
                value: None,
                display: if delivered.is_empty() {
                    s.chart_provider_unknown.to_string()
                } else {
                    delivered
                        .iter()
                        .map(|(_, p)| lang.pick(&p.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
                style: if delivered.is_empty() {
                    MarkStyle::Gap
                } else {
                    MarkStyle::Primary
                },
                note: (!notes.is_empty()).then(|| notes.join(" ")),
                sources,
            }
        })
        .collect();
    Ok(Panel {
        kind: PanelKind::Matrix,
        title: String::new(),
        scale: Scale::fixed(1.0, 1.0),
        tick_labels: Vec::new(),
        marks,
        across: services
            .iter()
            .map(|s| lang.pick(&s.label).to_string())
            .collect(),
        down,
        table,
    })
}
