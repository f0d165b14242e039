//! The schema.org `Dataset` markup (JSON-LD) in the dashboard's page: what
//! dataset search engines read to list the data. Name and description in both
//! languages, the licence, who publishes it, the period and place it covers,
//! its keywords, and one `DataDownload` for each download with its format.

use super::{coverage, Download, PublicUrl};
use crate::data::{Catalogue, Dataset, Text};
use serde_json::{json, Value as J};

/// A text in both languages, as JSON-LD writes language-tagged strings.
fn both(t: &Text) -> J {
    json!([
        {"@value": t.sv, "@language": "sv"},
        {"@value": t.en, "@language": "en"},
    ])
}

/// The markup's object; `site.join("#dataset")` is its id, the same as the
/// dataset's in the DCAT catalogue, so the two descriptions name one thing.
pub fn dataset(d: &Dataset, c: &Catalogue, site: &PublicUrl, downloads: &[Download]) -> J {
    let publisher = json!({
        "@type": "Organization",
        "name": both(&c.publisher.name),
        "url": c.publisher.url,
    });
    let mut contact = json!({
        "@type": "ContactPoint",
        "name": both(&c.contact.name),
        "contactType": "data",
    });
    if let Some(email) = &c.contact.email {
        contact["email"] = json!(email);
    }
    if let Some(url) = &c.contact.url {
        contact["url"] = json!(url);
    }
    let (start, end) = coverage(d);
    let keywords: Vec<J> = c
        .keywords
        .sv
        .iter()
        .map(|w| json!({"@value": w, "@language": "sv"}))
        .chain(
            c.keywords
                .en
                .iter()
                .map(|w| json!({"@value": w, "@language": "en"})),
        )
        .collect();
    let distribution: Vec<J> = downloads
        .iter()
        .map(|f| {
            json!({
                "@type": "DataDownload",
                "name": f.path,
                "contentUrl": site.data(&f.path),
                "encodingFormat": f.format.media_type(),
                "contentSize": format!("{} B", f.bytes),
            })
        })
        .collect();
    let mut publisher_with_contact = publisher.clone();
    publisher_with_contact["contactPoint"] = contact;
    json!({
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "@id": site.join("#dataset"),
        "url": site.as_str(),
        "name": both(&d.title),
        "description": both(&d.description),
        "identifier": d.id,
        "inLanguage": ["sv", "en"],
        "license": d.licence.url,
        "isAccessibleForFree": true,
        "creator": publisher,
        "publisher": publisher_with_contact,
        "dateModified": d.updated,
        "temporalCoverage": format!("{start}/{end}"),
        "spatialCoverage": {"@type": "Place", "name": both(&c.place)},
        "keywords": keywords,
        "distribution": distribution,
    })
}

/// The markup as a `<script>` block for the page's head. `<` is written as
/// `\u003c` (serde_json leaves it as it is), so no text of the file can close
/// the block early.
pub fn script(markup: &J) -> String {
    let text = markup.to_string().replace('<', "\\u003c");
    format!("<script type=\"application/ld+json\">{text}</script>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_dataset;

    #[test]
    fn no_text_of_the_file_can_close_the_block() {
        let mut d =
            parse_dataset(include_str!("../../data/iop-ensamkommande.json")).expect("valid");
        d.title.sv = "</script><script>alert(1)</script><!--".into();
        let c = d
            .catalogue
            .clone()
            .expect("the bundled file describes itself");
        let site = PublicUrl::parse("https://data.example.se/iop/").expect("site");
        let block = script(&dataset(&d, &c, &site, &[]));
        let inner = block
            .strip_prefix("<script type=\"application/ld+json\">")
            .and_then(|b| b.strip_suffix("</script>"))
            .expect("one block");
        assert!(!inner.contains('<'), "{inner}");
        // And it is still the same JSON.
        let back: J = serde_json::from_str(inner).expect("json");
        assert_eq!(back["name"][0]["@value"], d.title.sv);
    }
}
