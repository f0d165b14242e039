//! The citations for reference managers (`export::bibtex`), read back by
//! Better BibTeX's parser, the one Zotero's Better BibTeX imports with
//! (`tests/readers/bibtex.mjs`, a reader the project did not write): the
//! bundled dataset's in both languages, and a file whose titles hold every
//! character TeX treats specially.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::{build, Chart};
use iop_dashboard::data::{parse_dataset, Dataset};
use iop_dashboard::export::bibtex;
use iop_dashboard::i18n::Lang;
use serde_json::Value as Json;

const SITE: &str = "https://data.example.se/iop/";

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("valid")
}

fn charts(d: &Dataset, lang: Lang) -> Vec<Chart> {
    d.views
        .iter()
        .map(|v| build(v, d, lang).expect("the bundled views draw"))
        .collect()
}

/// The chart's address, as its downloads cite it.
fn chart_url(d: &Dataset, chart: &Chart, lang: Lang) -> String {
    format!(
        "{SITE}?lang={}&chart={}&view=chart&release={}",
        lang.code(),
        chart.id,
        d.updated
    )
}

fn dataset_url(d: &Dataset, lang: Lang) -> String {
    format!(
        "{SITE}?lang={}&section=sources&release={}",
        lang.code(),
        d.updated
    )
}

/// The dataset's entry, then every chart's, as the build writes them.
fn all(d: &Dataset, charts: &[Chart], lang: Lang) -> String {
    let mut text = bibtex::dataset(d, lang, &dataset_url(d, lang));
    for chart in charts {
        text.push('\n');
        text.push_str(&bibtex::chart(chart, d, lang, &chart_url(d, chart, lang)));
    }
    text
}

/// The entries of `text` as the parser reads them; it must report no error.
fn read(text: &str) -> Vec<Json> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/readers/bibtex.mjs");
    let mut node = Command::new("node")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs (scripts/test installs it and the parser)");
    node.stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let out = node.wait_with_output().expect("node finishes");
    assert!(out.status.success(), "bibtex.mjs failed on\n{text}");
    let read: Json = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(read["errors"], Json::Array(vec![]), "{text}");
    read["entries"].as_array().expect("entries").clone()
}

fn field<'a>(e: &'a Json, name: &str) -> &'a Json {
    &e["fields"][name]
}

#[test]
fn the_dataset_and_every_chart_in_both_languages() {
    let d = bundled();
    let publisher = d
        .catalogue
        .as_ref()
        .expect("the bundled file describes itself");
    for lang in Lang::ALL {
        let charts = charts(&d, lang);
        let text = all(&d, &charts, lang);
        let entries = read(&text);
        assert_eq!(entries.len(), 1 + d.views.len(), "{text}");
        let credit = lang.pick(&d.title);
        let (dataset_note, chart_note, licence, langid) = match lang {
            Lang::Sv => ("Datamängd", "Diagram och data", "Licens", "swedish"),
            Lang::En => ("Dataset", "Chart and data", "Licence", "english"),
        };
        let licence = format!("{licence}: {}.", d.licence.short());
        let dataset = &entries[0];
        assert_eq!(dataset["key"], d.id.as_str());
        assert_eq!(field(dataset, "title"), credit);
        assert_eq!(
            field(dataset, "note"),
            format!("{dataset_note}. {licence}").as_str()
        );
        assert_eq!(field(dataset, "url"), dataset_url(&d, lang).as_str());
        for (chart, e) in charts.iter().zip(&entries[1..]) {
            assert_eq!(e["key"], format!("{}-{}", d.id, chart.id).as_str());
            // As published, in either language: no word recased ("Sweden",
            // "Göteborg", "IOP").
            assert_eq!(field(e, "title"), chart.title.as_str());
            assert_eq!(
                field(e, "note"),
                format!("{chart_note}. {licence}").as_str()
            );
            assert_eq!(field(e, "url"), chart_url(&d, chart, lang).as_str());
        }
        for e in &entries {
            assert_eq!(e["type"], "misc");
            // The partnership as one name, not a first and a last.
            assert_eq!(field(e, "author"), &serde_json::json!([credit]));
            assert_eq!(
                field(e, "publisher"),
                &serde_json::json!([lang.pick(&publisher.publisher.name)])
            );
            assert_eq!(field(e, "year"), &d.updated[..4]);
            assert_eq!(field(e, "version"), d.updated.as_str());
            assert_eq!(field(e, "langid"), langid);
        }
    }
}

/// Every character TeX treats specially, in the names and titles the file
/// gives: each reads back as published, and none breaks the entries after it.
#[test]
fn special_characters_read_back_as_published() {
    let mut d = bundled();
    let hostile = r#"50 % & {braces} $5 #1 a_b back\slash \Command "quoted" ~500 2^10 x}{"#;
    d.title.sv = format!("IOP {hostile}");
    d.title.en = format!("IOP {hostile}");
    d.views[0].title.sv = format!("Boende {hostile} Sverige");
    d.views[0].title.en = format!("Housing {hostile} Sweden");
    if let Some(c) = d.catalogue.as_mut() {
        c.publisher.name.sv = "Stad and Partner & Co".into();
        c.publisher.name.en = "City and Partner & Co".into();
    }
    for lang in Lang::ALL {
        let charts = charts(&d, lang);
        let entries = read(&all(&d, &charts, lang));
        assert_eq!(entries.len(), 1 + d.views.len());
        assert_eq!(field(&entries[0], "title"), lang.pick(&d.title));
        assert_eq!(
            field(&entries[0], "author"),
            &serde_json::json!([lang.pick(&d.title)])
        );
        let publisher = d.catalogue.as_ref().map(|c| lang.pick(&c.publisher.name));
        assert_eq!(
            field(&entries[0], "publisher"),
            &serde_json::json!([publisher])
        );
        assert_eq!(field(&entries[1], "title"), charts[0].title.as_str());
        // The entries after it are whole.
        let last = entries.last().expect("the last chart");
        assert_eq!(
            field(last, "title"),
            charts[charts.len() - 1].title.as_str()
        );
    }
}

/// The first chart's BibTeX in English with `title` as its title.
fn english_entry(title: &str) -> String {
    let mut d = bundled();
    d.views[0].title.en = title.into();
    let chart = build(&d.views[0], &d, Lang::En).expect("draws");
    bibtex::chart(&chart, &d, Lang::En, &chart_url(&d, &chart, Lang::En))
}

/// A line break in a title (a file may hold one) is a space: a field of one line.
#[test]
fn a_line_break_is_a_space() {
    let text = english_entry("Housing\nplaces\tin 2015");
    assert!(
        text.contains("title = {{Housing} places in 2015},"),
        "{text}"
    );
    assert_eq!(field(&read(&text)[0], "title"), "Housing places in 2015");
}

/// A capital outside ASCII keeps its case as one inside it does: an English
/// title is sentence-cased by its reader, but not "Örebro" or "Åre".
#[test]
fn a_capital_outside_ascii_keeps_its_case() {
    let text = english_entry("Housing places in Örebro and Åre");
    assert_eq!(
        field(&read(&text)[0], "title"),
        "Housing places in Örebro and Åre"
    );
}
