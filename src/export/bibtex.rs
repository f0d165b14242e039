//! The dataset's and each chart's citation as BibTeX, for a reference manager
//! (Zotero, Mendeley, JabRef) or a LaTeX paper, as Our World in Data offers
//! its charts': the facts of the citations the pages offer to copy (who to
//! credit, the year, the title, the version, the address of the release, the
//! licence; `export::chart_citation`, `export::dataset_page_citation`).
//!
//! A chart's is one of the files of its "Download and cite", made by the
//! tools' wasm from the file on screen like the others; the build writes a
//! file per language with the dataset's and every chart's for the Sources
//! view (`citations_file`). No access date: a reference manager adds the
//! day its reader saved the entry.
//!
//! Written here rather than with a crate: the maintained one (biblatex 0.11)
//! writes a backslash as `\\`, which TeX reads as a line break, and `~` and
//! `^` as accents on the next letter; Better BibTeX's parser, Zotero's, read
//! "back\slash ~ ^" from it as "back slash ̂̃". What a field needs is small
//! and fixed: TeX's ten special characters as their text commands, and
//! braces that keep a style from changing a name's case.

use crate::chart::Chart;
use crate::data::Dataset;
use crate::export::{publisher, year};
use crate::i18n::{data_strings, fill, strings, Lang};

/// The build's file of every citation in `lang`, in `data/`: the dataset's
/// and each chart's, for the Sources view to offer.
pub fn citations_file(lang: Lang) -> String {
    format!("iop-ensamkommande-{}.bib", lang.code())
}

/// The chart's citation at `url`, its address at the release on screen (as
/// the citation to copy gives it). Its key, the dataset's id and the view's
/// (lower-case letters, digits and hyphens, as the validator has them),
/// stays the same from one version of the data to the next.
pub fn chart(chart: &Chart, d: &Dataset, lang: Lang, url: &str) -> String {
    let key = format!("{}-{}", d.id, chart.id);
    let what = strings(lang).bib_chart;
    entry(&key, d, lang, &chart.title, url, what)
}

/// The dataset's citation at `url`, its Sources view at the release; its
/// key is the dataset's id.
pub fn dataset(d: &Dataset, lang: Lang, url: &str) -> String {
    let what = data_strings(lang).bib_dataset;
    entry(&d.id, d, lang, lang.pick(&d.title), url, what)
}

/// An entry of the type every BibTeX style knows (`misc`). The author is the
/// partnership as one name, and so is the publisher: in double braces, no
/// style splits them into first and last names or at an "and". `langid`
/// tells biblatex, and Zotero's importer, the title's language, so that a
/// Swedish title is not recased as English would be.
fn entry(key: &str, d: &Dataset, lang: Lang, title: &str, url: &str, what: &str) -> String {
    let mut fields = vec![
        ("author", format!("{{{}}}", escaped(publisher(d, lang)))),
        ("title", cased(title)),
        ("year", escaped(year(d))),
        ("version", escaped(&d.updated)),
    ];
    if let Some(c) = &d.catalogue {
        let name = lang.pick(&c.publisher.name);
        fields.push(("publisher", format!("{{{}}}", escaped(name))));
    }
    fields.push(("url", verbatim(url)));
    fields.push(("note", escaped(&fill(what, &[&d.licence.short()]))));
    let langid = match lang {
        Lang::Sv => "swedish",
        Lang::En => "english",
    };
    fields.push(("langid", langid.to_string()));
    let mut out = format!("@misc{{{key},\n");
    for (name, value) in fields {
        out.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    out.push_str("}\n");
    out
}

/// Text as TeX reads it back: its special characters as text commands, a
/// line break or tab a space.
fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str(r"\textbackslash{}"),
            '~' => out.push_str(r"\textasciitilde{}"),
            '^' => out.push_str(r"\textasciicircum{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A title, each word with a capital letter in braces: styles change a
/// title's case ("Sweden" would become "sweden"), but not a braced word's.
/// A word with a letter outside ASCII is braced too ("Göteborg", "Örebro",
/// and "för", which it does not harm): telling an "Ö" from an "ö" takes
/// Unicode's case tables, kilobytes of the tools' wasm. A braced word that
/// would start with a command starts with an empty group instead, which
/// BibTeX would otherwise take for an accent. Words are split at white
/// space and control characters, each of which becomes a space.
fn cased(title: &str) -> String {
    title
        .split(|c: char| c.is_ascii_whitespace() || c.is_control())
        .map(|word| {
            let text = escaped(word);
            let capital = word
                .chars()
                .any(|c| c.is_ascii_uppercase() || !c.is_ascii());
            match (capital, text.starts_with('\\')) {
                (false, _) => text,
                (true, false) => format!("{{{text}}}"),
                (true, true) => format!("{{{{}}{text}}}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An address, which BibTeX keeps as written: only a brace would end the
/// field, and an address means the same with it percent-encoded.
fn verbatim(url: &str) -> String {
    url.replace('{', "%7B").replace('}', "%7D")
}
