//! The Frictionless Data Package (`datapackage.json`) and the README that go
//! with the static downloads, both generated from the dataset at build time so
//! they cannot fall out of step with it. Only the names of the files are needed
//! in the browser (to link to them); the rest is built on the host.

#[cfg(not(target_arch = "wasm32"))]
use {
    super::csv::{self, Dialect},
    super::dataset_citation,
    super::tables::{tables, Table},
    crate::data::Dataset,
    crate::i18n::Lang,
    serde_json::{json, Value as J},
};

/// Name of the dataset file beside the package (as published in `data/`).
pub const DATASET_FILE: &str = "iop-ensamkommande.json";
/// Folder of the Excel-friendly copies, beside the tidy CSVs.
pub const EXCEL_DIR: &str = "excel";

/// The whole dataset as one Excel workbook (`workbook.rs`), beside the JSON.
pub const WORKBOOK_FILE: &str = "iop-ensamkommande.xlsx";

/// The tables' file stems, in `tables()` order, for pages that link to the files
/// without building the tables (a test keeps the two lists equal).
pub const TABLE_NAMES: [&str; 12] = [
    "figures",
    "series",
    "sources",
    "parties",
    "services",
    "activities",
    "timeline",
    "views",
    "view_notes",
    "partnership",
    "partnership_lists",
    "dataset",
];

/// A generated file: path relative to the downloads folder, and its bytes.
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
}

#[cfg(not(target_arch = "wasm32"))]
fn schema(t: &Table) -> J {
    let fields: Vec<J> = t
        .fields
        .iter()
        .map(|f| {
            let mut field = json!({
                "name": f.name,
                "type": f.kind.id(),
                "description": f.description,
            });
            if f.required {
                field["constraints"] = json!({"required": true});
            }
            field
        })
        .collect();
    let mut s = json!({"fields": fields, "missingValues": [""]});
    if !t.primary_key.is_empty() {
        s["primaryKey"] = json!(t.primary_key);
    }
    if !t.foreign_keys.is_empty() {
        s["foreignKeys"] = t
            .foreign_keys
            .iter()
            .map(|(field, resource, other)| {
                json!({"fields": field, "reference": {"resource": resource, "fields": other}})
            })
            .collect();
    }
    s
}

/// The descriptor: metadata, licence, sources, the disclosure rule, and one
/// resource with a table schema per CSV.
#[cfg(not(target_arch = "wasm32"))]
pub fn descriptor(d: &Dataset) -> J {
    let resources: Vec<J> = tables(d)
        .iter()
        .map(|t| {
            json!({
                "name": t.name,
                "path": t.file_name(),
                "title": t.title,
                "description": t.description,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "header": true},
                "schema": schema(t),
            })
        })
        .collect();
    let sources: Vec<J> = d
        .sources
        .iter()
        .map(|s| {
            let mut src = json!({"title": format!("{}: {} ({})", s.publisher, s.title, s.date)});
            if let Some(url) = &s.url {
                src["path"] = json!(url);
            }
            src
        })
        .collect();
    let contributors: Vec<J> = d
        .partnership
        .parties
        .iter()
        .filter(|p| !p.uncertain)
        .map(|p| json!({"title": p.name.sv, "role": "contributor"}))
        .collect();
    let mut package = json!({
        "profile": "tabular-data-package",
        "name": d.id,
        "id": d.id,
        "title": d.title.en,
        "description": format!("{}\n\n{}\n\nDisclosure rule: {}", d.description.en, d.description.sv, d.disclosure_rule.en),
        "version": d.updated,
        "licenses": [{"name": d.licence.id, "path": d.licence.url, "title": d.licence.name.en}],
        "sources": sources,
        "contributors": contributors,
        "disclosure_rule": {"sv": d.disclosure_rule.sv, "en": d.disclosure_rule.en},
        "citation": {"sv": dataset_citation(d, Lang::Sv), "en": dataset_citation(d, Lang::En)},
        "resources": resources,
    });
    // Keywords are optional in a Data Package: a file that names none gets
    // none, rather than this partnership's words (which tagged any other
    // partnership's file "Göteborg").
    if let Some(words) = keywords(d) {
        package["keywords"] = json!(words);
    }
    package
}

/// The file's own keywords (its catalogue description), in both languages,
/// each once; None if it names none.
#[cfg(not(target_arch = "wasm32"))]
fn keywords(d: &Dataset) -> Option<Vec<String>> {
    let c = d.catalogue.as_ref()?;
    let mut out: Vec<String> = Vec::new();
    for w in c.keywords.sv.iter().chain(&c.keywords.en) {
        if !out.contains(w) {
            out.push(w.clone());
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(not(target_arch = "wasm32"))]
fn readme(d: &Dataset) -> String {
    let mut out = format!(
        "# {} – data\n\n{}\n\n{}\n\n## Citera / Cite\n\n{}\n\n{}\n\n",
        d.title.sv,
        d.description.sv,
        d.description.en,
        dataset_citation(d, Lang::Sv),
        dataset_citation(d, Lang::En),
    );
    out.push_str(&format!(
        "## Licens / Licence\n\n{} – {}\n\n## Röjandeskydd / Disclosure rule\n\n{}\n\n{}\n\n",
        d.licence.name.en, d.licence.url, d.disclosure_rule.sv, d.disclosure_rule.en
    ));
    let catalog = if d.catalogue.is_some() {
        "\n- `catalog.rdf`: datamängden beskriven för datakataloger (DCAT-AP-SE, som Sveriges dataportal skördar) / the dataset described for data catalogues (DCAT-AP-SE, harvested by Sveriges dataportal)."
    } else {
        ""
    };
    let (bib_sv, bib_en) = (
        super::bibtex::citations_file(Lang::Sv),
        super::bibtex::citations_file(Lang::En),
    );
    out.push_str(&format!(
        "## Filer / Files\n\n- `{DATASET_FILE}`: hela datamängden med metadata / the whole dataset with its metadata (JSON; schema in `iop-ensamkommande.schema.json`).\n- `datapackage.json`: Frictionless Data Package descriptor of the CSV tables below.\n- `{EXCEL_DIR}/*.csv`: samma tabeller för Excel med svenska inställningar (semikolon, BOM, decimalkomma) / the same tables for Excel with Swedish settings.\n- `{WORKBOOK_FILE}`: hela datamängden som Excel-arbetsbok, ett blad per tabell / the whole dataset as an Excel workbook, one sheet per table.{catalog}\n- `{bib_sv}`, `{bib_en}`: referenser för referenshanterare och LaTeX (BibTeX), datamängden och varje diagram / citations for reference managers and LaTeX (BibTeX), the dataset and every chart.\n- `releases/`: varje publicerad version på en egen adress, med vad som ändrats / every published release at its own address, with what changed (`releases/CHANGES.md`).\n\n"
    ));
    for t in tables(d) {
        out.push_str(&format!(
            "### `{}` – {}\n\n{} ({} rows)\n\n",
            t.file_name(),
            t.title,
            t.description,
            t.rows.len()
        ));
        for f in &t.fields {
            out.push_str(&format!(
                "- `{}` ({}): {}\n",
                f.name,
                f.kind.id(),
                f.description
            ));
        }
        out.push('\n');
    }
    out
}

/// Every file of the static downloads, paths relative to the data folder.
#[cfg(not(target_arch = "wasm32"))]
pub fn files(d: &Dataset) -> Vec<File> {
    let mut out = Vec::new();
    for t in tables(d) {
        let header = t.header();
        out.push(File {
            path: t.file_name(),
            bytes: csv::write(&header, &t.rows, Dialect::Tidy).into_bytes(),
        });
        out.push(File {
            path: format!("{EXCEL_DIR}/{}", t.file_name()),
            bytes: csv::write(&header, &t.rows, Dialect::Excel).into_bytes(),
        });
    }
    let descriptor = serde_json::to_string_pretty(&descriptor(d)).unwrap_or_default();
    out.push(File {
        path: "datapackage.json".into(),
        bytes: descriptor.into_bytes(),
    });
    out.push(File {
        path: "README.md".into(),
        bytes: readme(d).into_bytes(),
    });
    out
}
