//! The dataset as tidy tables: one row per observation, one column per variable,
//! both languages side by side. The same tables feed the tidy CSVs, the Excel
//! copies and the Data Package's table schemas, so the three cannot drift apart.

use super::csv::Cell;
use crate::data::{Dataset, Text, Value};
use crate::i18n::Lang;

/// Frictionless table-schema field types used here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    String,
    Number,
    Integer,
    Boolean,
}

impl FieldType {
    pub fn id(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Number => "number",
            FieldType::Integer => "integer",
            FieldType::Boolean => "boolean",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldType,
    pub description: &'static str,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// File stem and Data Package resource name.
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub fields: Vec<Field>,
    pub primary_key: Vec<&'static str>,
    /// (own field, other table, other field)
    pub foreign_keys: Vec<(&'static str, &'static str, &'static str)>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn header(&self) -> Vec<&'static str> {
        self.fields.iter().map(|f| f.name).collect()
    }

    pub fn file_name(&self) -> String {
        format!("{}.csv", self.name)
    }
}

const fn f(name: &'static str, kind: FieldType, description: &'static str) -> Field {
    Field {
        name,
        kind,
        description,
        required: false,
    }
}

const fn key(name: &'static str, description: &'static str) -> Field {
    Field {
        name,
        kind: FieldType::String,
        description,
        required: true,
    }
}

use FieldType::{Boolean, Integer, Number, String as Str};

fn sv(t: &Option<Text>) -> Cell {
    t.as_ref().map(|t| t.sv.clone()).into()
}

fn en(t: &Option<Text>) -> Cell {
    t.as_ref().map(|t| t.en.clone()).into()
}

/// Between two keywords in one cell (a keyword may not contain `;`).
pub const KEYWORD_SEPARATOR: &str = "; ";

/// Source ids separated by spaces (ids never contain spaces).
fn ids(list: &[String]) -> Cell {
    Cell::Text(list.join(" "))
}

const SOURCES_NOTE: &str = "Ids of the sources (table sources), separated by spaces.";

fn figures(d: &Dataset) -> Table {
    let rows = d
        .figures
        .iter()
        .flat_map(|fig| {
            fig.values.iter().enumerate().map(move |(i, v)| {
                vec![
                    Cell::Text(fig.id.clone()),
                    Cell::Number((i + 1) as f64),
                    Cell::Text(fig.topic.id().into()),
                    Cell::Text(fig.label.sv.clone()),
                    Cell::Text(fig.label.en.clone()),
                    Cell::Text(fig.unit.id().into()),
                    Cell::Text(fig.date.clone()),
                    v.value.number().into(),
                    Cell::Bool(v.value == Value::Suppressed),
                    v.qualifier.map(|q| q.id().to_string()).into(),
                    Cell::Bool(fig.uncertain),
                    Cell::Bool(fig.headline),
                    ids(&v.sources),
                    sv(&v.note),
                    en(&v.note),
                    sv(&fig.caveat),
                    en(&fig.caveat),
                ]
            })
        })
        .collect();
    Table {
        name: "figures",
        title: "Figures",
        description: "Every published figure. A figure that sources report differently has one row per source's reading.",
        fields: vec![
            key("figure_id", "Stable id of the figure."),
            Field { required: true, ..f("reading", Integer, "1 for the first source's reading, 2 for a disagreeing second one, and so on.") },
            f("topic", Str, "partnership, housing, reach, funding, context_goteborg or context_sweden."),
            f("label_sv", Str, "What the figure counts, in Swedish."),
            f("label_en", Str, "What the figure counts, in English."),
            f("unit", Str, "children, people, volunteers, places, organisations, posts, conversations, events, percent, sek or sek_per_child_per_day."),
            f("date", Str, "ISO 8601 date (2015, 2015-10, 2015-10-01) or interval (2015/2017) at the precision the source gives."),
            f("value", Number, "The number; empty when suppressed (a count of 1-4 people)."),
            f("suppressed", Boolean, "true when the count is 1-4 people and is published only as <5."),
            f("qualifier", Str, "How the source hedges the number: about or just_over; empty when exact."),
            f("uncertain", Boolean, "true when the source itself marks the figure as uncertain."),
            f("headline", Boolean, "true for the key figures shown first on the dashboard."),
            f("sources", Str, SOURCES_NOTE),
            f("note_sv", Str, "Note on this reading, in Swedish."),
            f("note_en", Str, "Note on this reading, in English."),
            f("caveat_sv", Str, "What a reader must know to read the figure right, in Swedish."),
            f("caveat_en", Str, "What a reader must know to read the figure right, in English."),
        ],
        primary_key: vec!["figure_id", "reading"],
        foreign_keys: vec![],
        rows,
    }
}

fn series(d: &Dataset) -> Table {
    let rows = d
        .series
        .iter()
        .flat_map(|s| {
            s.points.iter().map(move |p| {
                vec![
                    Cell::Text(s.id.clone()),
                    Cell::Text(s.topic.id().into()),
                    Cell::Text(s.label.sv.clone()),
                    Cell::Text(s.label.en.clone()),
                    Cell::Text(s.unit.id().into()),
                    sv(&s.caveat),
                    en(&s.caveat),
                    Cell::Text(p.period.clone()),
                    p.value.and_then(Value::number).into(),
                    Cell::Bool(p.value == Some(Value::Suppressed)),
                    Cell::Bool(p.value.is_none()),
                    Cell::Bool(p.uncertain),
                    ids(&p.sources),
                    sv(&p.note),
                    en(&p.note),
                ]
            })
        })
        .collect();
    Table {
        name: "series",
        title: "Series",
        description: "Yearly series, one row per period. A period without a published figure is a gap (empty value, gap true), never a zero.",
        fields: vec![
            key("series_id", "Stable id of the series."),
            f("topic", Str, "Topic of the series (see figures.topic)."),
            f("label_sv", Str, "What the series counts, in Swedish."),
            f("label_en", Str, "What the series counts, in English."),
            f("unit", Str, "Unit of the values (see figures.unit)."),
            f("caveat_sv", Str, "What a reader must know to read the series right, in Swedish."),
            f("caveat_en", Str, "What a reader must know to read the series right, in English."),
            key("period", "ISO 8601 year or interval of the point."),
            f("value", Number, "The number; empty for a gap or a suppressed count."),
            f("suppressed", Boolean, "true when the count is 1-4 people and is published only as <5."),
            f("gap", Boolean, "true when no figure was found for the period; note says why."),
            f("uncertain", Boolean, "true when the source marks the figure as preliminary or uncertain."),
            f("sources", Str, SOURCES_NOTE),
            f("note_sv", Str, "Note on the point, in Swedish."),
            f("note_en", Str, "Note on the point, in English."),
        ],
        primary_key: vec!["series_id", "period"],
        foreign_keys: vec![],
        rows,
    }
}

fn sources(d: &Dataset) -> Table {
    let rows = d
        .sources
        .iter()
        .map(|s| {
            vec![
                Cell::Text(s.id.clone()),
                Cell::Text(s.title.clone()),
                Cell::Text(s.publisher.clone()),
                s.short_name.clone().into(),
                Cell::Text(s.date.clone()),
                sv(&s.date_note),
                en(&s.date_note),
                s.url.clone().into(),
            ]
        })
        .collect();
    Table {
        name: "sources",
        title: "Sources",
        description: "The documents every figure traces to.",
        fields: vec![
            key(
                "id",
                "Id that the sources columns of the other tables refer to.",
            ),
            f(
                "title",
                Str,
                "The document's own title, in its own language.",
            ),
            f("publisher", Str, "Who published it."),
            f(
                "short_name",
                Str,
                "The publisher as short source lines name it; empty: the publisher.",
            ),
            f(
                "date",
                Str,
                "ISO 8601 date at the precision the source gives.",
            ),
            f(
                "date_note_sv",
                Str,
                "What the date means when it is not a plain publication date, in Swedish.",
            ),
            f("date_note_en", Str, "The same, in English."),
            f(
                "url",
                Str,
                "Address of the document; empty when none is known.",
            ),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows,
    }
}

fn parties(d: &Dataset) -> Table {
    let rows = d
        .partnership
        .parties
        .iter()
        .map(|p| {
            vec![
                Cell::Text(p.id.clone()),
                Cell::Text(p.name.sv.clone()),
                Cell::Text(p.name.en.clone()),
                Cell::Text(p.kind.id().into()),
                Cell::Text(p.joined.clone()),
                Cell::Bool(p.uncertain),
                sv(&p.caveat),
                en(&p.caveat),
                ids(&p.sources),
            ]
        })
        .collect();
    Table {
        name: "parties",
        title: "Parties",
        description: "The city administration and the nonprofits in the partnership.",
        fields: vec![
            key("id", "Stable id of the party."),
            f("name_sv", Str, "Name in Swedish."),
            f("name_en", Str, "Name in English."),
            f("kind", Str, "public or nonprofit."),
            f(
                "joined",
                Str,
                "ISO 8601 date the party joined, at the precision known.",
            ),
            f(
                "uncertain",
                Boolean,
                "true when its membership is not confirmed by the sources.",
            ),
            f("caveat_sv", Str, "Why it is uncertain, in Swedish."),
            f("caveat_en", Str, "Why it is uncertain, in English."),
            f("sources", Str, SOURCES_NOTE),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows,
    }
}

fn services(d: &Dataset) -> Table {
    let rows = d
        .services
        .iter()
        .map(|s| {
            vec![
                Cell::Text(s.id.clone()),
                Cell::Text(s.label.sv.clone()),
                Cell::Text(s.label.en.clone()),
                ids(&s.sources),
            ]
        })
        .collect();
    Table {
        name: "services",
        title: "Services",
        description: "What the partnership offered.",
        fields: vec![
            key("id", "Stable id of the service."),
            f("label_sv", Str, "The service, in Swedish."),
            f("label_en", Str, "The service, in English."),
            f("sources", Str, SOURCES_NOTE),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows,
    }
}

fn activities(d: &Dataset) -> Table {
    let rows = d
        .services
        .iter()
        .flat_map(|s| {
            s.known_activities.iter().map(move |a| {
                vec![
                    Cell::Text(s.id.clone()),
                    Cell::Text(a.party.clone()),
                    Cell::Text(a.description.sv.clone()),
                    Cell::Text(a.description.en.clone()),
                    a.date.clone().into(),
                    ids(&a.sources),
                ]
            })
        })
        .collect();
    Table {
        name: "activities",
        title: "Who did what",
        description: "What is known of which party delivered which service. A service without rows here has no known provider.",
        fields: vec![
            key("service_id", "The service (table services)."),
            key("party", "The party (table parties)."),
            f("description_sv", Str, "What it did, in Swedish."),
            f("description_en", Str, "What it did, in English."),
            f("date", Str, "ISO 8601 date when known."),
            f("sources", Str, SOURCES_NOTE),
        ],
        primary_key: vec![],
        foreign_keys: vec![("service_id", "services", "id"), ("party", "parties", "id")],
        rows,
    }
}

fn timeline(d: &Dataset) -> Table {
    let rows = d
        .timeline
        .iter()
        .map(|e| {
            vec![
                Cell::Text(e.id.clone()),
                Cell::Text(e.date.clone()),
                Cell::Bool(e.approximate),
                Cell::Text(e.label.sv.clone()),
                Cell::Text(e.label.en.clone()),
                ids(&e.sources),
            ]
        })
        .collect();
    Table {
        name: "timeline",
        title: "Timeline",
        description: "Events of the partnership in date order.",
        fields: vec![
            key("id", "Stable id of the event."),
            f("date", Str, "ISO 8601 date at the precision known."),
            f(
                "approximate",
                Boolean,
                "true when the source dates it only roughly.",
            ),
            f("label_sv", Str, "The event, in Swedish."),
            f("label_en", Str, "The event, in English."),
            f("sources", Str, SOURCES_NOTE),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows,
    }
}

/// The charts of the dataset as the file declares them: one row per record a
/// panel shows, with the chart's title and its takeaway as the dashboard says it.
fn views(d: &Dataset) -> Table {
    let mut rows = Vec::new();
    for v in &d.views {
        let said = |lang| crate::views::takeaway(v, d, lang).ok();
        let (takeaway_sv, takeaway_en) = (said(Lang::Sv), said(Lang::En));
        for (j, p) in v.panels.iter().enumerate() {
            for (k, m) in p.marks.iter().enumerate() {
                let (target, id) = m.target().map_or(("", ""), |(t, id)| (t.id(), id));
                rows.push(vec![
                    Cell::Text(v.id.clone()),
                    Cell::Text(v.title.sv.clone()),
                    Cell::Text(v.title.en.clone()),
                    sv(&v.subtitle),
                    en(&v.subtitle),
                    Cell::Text(v.takeaway.sv.clone()),
                    Cell::Text(v.takeaway.en.clone()),
                    takeaway_sv.clone().into(),
                    takeaway_en.clone().into(),
                    Cell::Number((j + 1) as f64),
                    Cell::Text(p.kind.id().into()),
                    sv(&p.title),
                    en(&p.title),
                    Cell::Number((k + 1) as f64),
                    Cell::Text(target.into()),
                    Cell::Text(id.into()),
                    m.style.map(|s| s.id().to_string()).into(),
                    sv(&m.label),
                    en(&m.label),
                ]);
            }
        }
    }
    Table {
        name: "views",
        title: "Views",
        description: "The charts of the dashboard, as the dataset declares them: one row per record a chart's panel shows, in page order.",
        fields: vec![
            key("view_id", "Stable id of the chart (the dashboard's ?chart= value)."),
            f("title_sv", Str, "The chart's title, in Swedish."),
            f("title_en", Str, "The chart's title, in English."),
            f("subtitle_sv", Str, "The chart's subtitle, in Swedish (empty: none)."),
            f("subtitle_en", Str, "The chart's subtitle, in English (empty: none)."),
            f("takeaway_template_sv", Str, "The takeaway as written, with placeholders ({value:figure-id}) the dashboard fills in from the data, in Swedish."),
            f("takeaway_template_en", Str, "The same, in English."),
            f("takeaway_sv", Str, "The chart's one-sentence takeaway as shown, in Swedish (written by the build from the template; not read back)."),
            f("takeaway_en", Str, "The chart's one-sentence takeaway as shown, in English (written by the build from the template; not read back)."),
            Field {
                required: true,
                ..f("panel", Integer, "Number of the panel in the chart, from 1.")
            },
            f("panel_kind", Str, "How the panel draws its marks: bars, columns, timeline, matrix, numbers, share or list."),
            f("panel_title_sv", Str, "The panel's own title, in Swedish (empty: none)."),
            f("panel_title_en", Str, "The panel's own title, in English (empty: none)."),
            Field {
                required: true,
                ..f("mark", Integer, "Number of the record in the panel, from 1.")
            },
            f("record_type", Str, "figure, series, event, party or service."),
            f("record_id", Str, "Id of the record in its table (figures, series, timeline, parties or services)."),
            f("style", Str, "primary or secondary: a mark of another kind of quantity than its neighbours, drawn apart; empty: as the others."),
            f("mark_label_sv", Str, "The record's shorter name in this chart, where the chart's and the panel's titles say the rest (a bar's label, a timeline entry on one line, a matrix heading), in Swedish (empty: the record's own label; not for a series). The table and the downloads keep the record's own label."),
            f("mark_label_en", Str, "The same, in English."),
        ],
        primary_key: vec!["view_id", "panel", "mark"],
        foreign_keys: vec![],
        rows,
    }
}

/// The notes under each chart, beyond the caveats of the figures it shows.
fn view_notes(d: &Dataset) -> Table {
    let rows = d
        .views
        .iter()
        .flat_map(|v| {
            v.notes.iter().enumerate().map(move |(i, n)| {
                vec![
                    Cell::Text(v.id.clone()),
                    Cell::Number((i + 1) as f64),
                    Cell::Text(n.sv.clone()),
                    Cell::Text(n.en.clone()),
                ]
            })
        })
        .collect();
    Table {
        name: "view_notes",
        title: "Chart notes",
        description: "What a reader needs to read a chart right, beyond the caveats of the figures it shows: one row per note, in the order shown.",
        fields: vec![
            key("view_id", "The chart (table views)."),
            Field { required: true, ..f("note", Integer, "Number of the note under the chart, from 1.") },
            f("note_sv", Str, "The note, in Swedish."),
            f("note_en", Str, "The note, in English."),
        ],
        primary_key: vec!["view_id", "note"],
        foreign_keys: vec![],
        rows,
    }
}

/// The partnership itself: its name, period and the ages it served (one row).
fn partnership(d: &Dataset) -> Table {
    let p = &d.partnership;
    let rows = vec![vec![
        Cell::Text(p.name.sv.clone()),
        Cell::Text(p.name.en.clone()),
        Cell::Text(p.short_name.sv.clone()),
        Cell::Text(p.short_name.en.clone()),
        Cell::Text(p.period.start.clone()),
        Cell::Text(p.period.planned_end.clone()),
        Cell::Text(p.period.actual_end.clone()),
        Cell::Bool(p.period.actual_end_approximate),
        Cell::Text(p.period.note.sv.clone()),
        Cell::Text(p.period.note.en.clone()),
        ids(&p.period.sources),
        Cell::Number(p.age_range.min.into()),
        Cell::Number(p.age_range.max.into()),
        ids(&p.age_range.sources),
    ]];
    Table {
        name: "partnership",
        title: "Partnership",
        description: "The partnership itself: its name, when it ran and the ages of the young people it served (one row).",
        fields: vec![
            f("name_sv", Str, "Full name, in Swedish."),
            f("name_en", Str, "Full name, in English."),
            f("short_name_sv", Str, "Short name, in Swedish."),
            f("short_name_en", Str, "Short name, in English."),
            f("start", Str, "ISO 8601 date it started, at the precision known."),
            f("planned_end", Str, "ISO 8601 date it was planned to end."),
            f("actual_end", Str, "ISO 8601 date it ended."),
            f("actual_end_approximate", Boolean, "true when the sources date the end only roughly."),
            f("period_note_sv", Str, "About the period, in Swedish."),
            f("period_note_en", Str, "About the period, in English."),
            f("period_sources", Str, SOURCES_NOTE),
            f("age_min", Integer, "Youngest age served, in years."),
            f("age_max", Integer, "Oldest age served, in years."),
            f("age_sources", Str, SOURCES_NOTE),
        ],
        primary_key: vec![],
        foreign_keys: vec![],
        rows,
    }
}

/// The names of the partnership's lists, as the `list` column writes them.
pub const PARTNERSHIP_LISTS: [&str; 3] = ["governance", "values", "aims"];

/// How the partnership was governed, the values it stated and its aims.
fn partnership_lists(d: &Dataset) -> Table {
    let p = &d.partnership;
    let rows = PARTNERSHIP_LISTS
        .iter()
        .zip([&p.governance, &p.values, &p.aims])
        .flat_map(|(list, items)| {
            items.iter().map(move |item| {
                vec![
                    Cell::Text((*list).into()),
                    Cell::Text(item.id.clone()),
                    Cell::Text(item.label.sv.clone()),
                    Cell::Text(item.label.en.clone()),
                    sv(&item.description),
                    en(&item.description),
                    ids(&item.sources),
                ]
            })
        })
        .collect();
    Table {
        name: "partnership_lists",
        title: "Governance, values and aims",
        description: "The partnership's governing bodies, stated values and aims, one row per entry, in the order shown.",
        fields: vec![
            key("list", "governance, values or aims."),
            key("id", "Stable id of the entry within its list."),
            f("label_sv", Str, "The entry, in Swedish."),
            f("label_en", Str, "The entry, in English."),
            f("description_sv", Str, "More about it, in Swedish (empty: none)."),
            f("description_en", Str, "More about it, in English (empty: none)."),
            f("sources", Str, SOURCES_NOTE),
        ],
        primary_key: vec!["list", "id"],
        foreign_keys: vec![],
        rows,
    }
}

/// What the file is: its id, title, licence, disclosure rule, date and
/// catalogue description (one row).
fn dataset(d: &Dataset) -> Table {
    let rows = vec![vec![
        Cell::Text(d.id.clone()),
        Cell::Number(d.schema_version.into()),
        Cell::Text(d.title.sv.clone()),
        Cell::Text(d.title.en.clone()),
        Cell::Text(d.description.sv.clone()),
        Cell::Text(d.description.en.clone()),
        Cell::Text(d.updated.clone()),
        Cell::Text(d.licence.id.clone()),
        Cell::Text(d.licence.name.sv.clone()),
        Cell::Text(d.licence.name.en.clone()),
        Cell::Text(d.licence.url.clone()),
        Cell::Text(d.disclosure_rule.sv.clone()),
        Cell::Text(d.disclosure_rule.en.clone()),
    ]];
    // The catalogue description: empty cells when the file has none.
    let c = d.catalogue.as_ref();
    let text = |t: Option<&Text>| -> [Cell; 2] {
        [
            t.map(|t| t.sv.clone()).into(),
            t.map(|t| t.en.clone()).into(),
        ]
    };
    let mut row: Vec<Cell> = Vec::new();
    row.extend(text(c.map(|c| &c.publisher.name)));
    row.push(c.map(|c| c.publisher.url.clone()).into());
    row.extend(text(c.map(|c| &c.contact.name)));
    row.push(c.and_then(|c| c.contact.email.clone()).into());
    row.push(c.and_then(|c| c.contact.url.clone()).into());
    row.push(c.map(|c| c.keywords.sv.join(KEYWORD_SEPARATOR)).into());
    row.push(c.map(|c| c.keywords.en.join(KEYWORD_SEPARATOR)).into());
    row.push(c.map(|c| c.themes.join(" ")).into());
    row.extend(text(c.map(|c| &c.place)));
    let mut rows = rows;
    rows[0].extend(row);
    Table {
        name: "dataset",
        title: "Dataset",
        description: "What the file is: its id, title, licence, disclosure rule and the date of its last edit (one row).",
        fields: vec![
            key("id", "Stable id of the dataset (file names use it)."),
            f("schema_version", Integer, "Version of the published format the file follows."),
            f("title_sv", Str, "Title, in Swedish."),
            f("title_en", Str, "Title, in English."),
            f("description_sv", Str, "Description, in Swedish."),
            f("description_en", Str, "Description, in English."),
            f("updated", Str, "ISO 8601 date of the last edit of the data."),
            f("licence_id", Str, "SPDX identifier of the licence (CC0-1.0)."),
            f("licence_name_sv", Str, "Name of the licence, in Swedish."),
            f("licence_name_en", Str, "Name of the licence, in English."),
            f("licence_url", Str, "Address of the licence text."),
            f("disclosure_rule_sv", Str, "The disclosure-control rule, in Swedish."),
            f("disclosure_rule_en", Str, "The disclosure-control rule, in English."),
            f("publisher_name_sv", Str, "Who publishes the data and answers for it, in Swedish (this and the columns after it are empty when the file has no catalogue description)."),
            f("publisher_name_en", Str, "Who publishes the data, in English."),
            f("publisher_url", Str, "The publisher's web site."),
            f("contact_name_sv", Str, "Whom readers ask about the data, in Swedish."),
            f("contact_name_en", Str, "Whom readers ask about the data, in English."),
            f("contact_email", Str, "The contact's e-mail address (empty: none)."),
            f("contact_url", Str, "The contact's web page (empty: none)."),
            f("keywords_sv", Str, "Search words in Swedish, separated by semicolons."),
            f("keywords_en", Str, "Search words in English, separated by semicolons."),
            f("themes", Str, "Codes of the EU's data themes (SOCI: population and society), separated by spaces."),
            f("place_sv", Str, "The place the data are about, in Swedish."),
            f("place_en", Str, "The place the data are about, in English."),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows,
    }
}

/// Every table of the dataset, in the order the README lists them: the
/// figures first, what a reader looks for; the file's own description last.
/// Together they hold the whole dataset, so `import` can rebuild it from them.
pub fn tables(d: &Dataset) -> Vec<Table> {
    vec![
        figures(d),
        series(d),
        sources(d),
        parties(d),
        services(d),
        activities(d),
        timeline(d),
        views(d),
        view_notes(d),
        partnership(d),
        partnership_lists(d),
        dataset(d),
    ]
}
