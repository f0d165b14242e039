//! Who did what, as a labelled list: parties with when they joined, services
//! with the providers the sources name. What is not known is said to be not
//! known, never filled in.

use super::super::model::{cite_once, mark_name, ChartError, Mark, MarkStyle, Panel};
use super::super::scale::Scale;
use super::{joined, missing, short_label};
use crate::data::{self, Dataset, PanelKind, Party, Service, Target};
use crate::i18n::{strings, Lang};

fn party_mark(p: &Party, short: Option<&str>, lang: Lang) -> Mark {
    let display = joined(p, lang);
    let name = lang.pick(&p.name).to_string();
    Mark {
        id: p.id.clone(),
        name: mark_name(&name, short, &display),
        category: name,
        value: None,
        fraction: 0.0,
        display,
        style: if p.uncertain {
            MarkStyle::Uncertain
        } else {
            MarkStyle::Primary
        },
        sources: p.sources.clone(),
        note: p.caveat.as_ref().map(|c| lang.pick(c).to_string()),
        slot: 0,
        short: short.map(str::to_string),
    }
}

fn service_mark(s: &Service, short: Option<&str>, d: &Dataset, lang: Lang) -> Mark {
    let providers: Vec<String> = s
        .known_activities
        .iter()
        .map(|a| {
            d.party(&a.party)
                .map(|p| lang.pick(&p.name).to_string())
                .unwrap_or_else(|| a.party.clone())
        })
        .collect();
    let known = !providers.is_empty();
    let display = if known {
        providers.join(", ")
    } else {
        strings(lang).chart_provider_unknown.to_string()
    };
    let label = lang.pick(&s.label).to_string();
    let mut sources = s.sources.clone();
    for a in &s.known_activities {
        cite_once(&mut sources, &a.sources);
    }
    Mark {
        id: s.id.clone(),
        name: mark_name(&label, short, &display),
        category: label,
        value: None,
        fraction: 0.0,
        display,
        style: if known {
            MarkStyle::Primary
        } else {
            MarkStyle::Gap
        },
        sources,
        note: known.then(|| {
            s.known_activities
                .iter()
                .map(|a| lang.pick(&a.description).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        }),
        slot: 0,
        short: short.map(str::to_string),
    }
}

pub fn panel(p: &data::Panel, d: &Dataset, lang: Lang) -> Result<Panel, ChartError> {
    let mut marks = Vec::new();
    for r in &p.marks {
        match r.target() {
            Some((Target::Party, id)) => {
                let party = d.party(id).ok_or_else(|| missing(Target::Party, id))?;
                marks.push(party_mark(party, short_label(r, lang), lang));
            }
            Some((Target::Service, id)) => {
                let service = d.service(id).ok_or_else(|| missing(Target::Service, id))?;
                marks.push(service_mark(service, short_label(r, lang), d, lang));
            }
            _ => {}
        }
    }
    Ok(Panel::listed(
        PanelKind::List,
        String::new(),
        Scale::fixed(1.0, 1.0),
        marks,
    ))
}
