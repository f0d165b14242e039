//! The DCAT-AP-SE catalogue (`data/catalog.rdf`, RDF/XML): what Sveriges
//! dataportal harvests from a public body's site, and passes on to the
//! European data portal. One catalogue, the dataset, one distribution for each
//! download. The catalogue, the dataset, its distributions, the publisher and
//! the contact have addresses of their own (no blank nodes), so a harvester
//! sees the same entities in every harvest; only the place and the period,
//! which are values rather than entities, are blank nodes.
//!
//! The triples are written by oxrdfxml, so the escaping and the RDF/XML
//! grammar are a maintained serializer's.

use super::{coverage, Download, PublicUrl};
use crate::data::{Catalogue, Dataset, Text};
use crate::export::package::DATASET_FILE;
use oxrdf::vocab::{rdf, xsd};
use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use oxrdfxml::RdfXmlSerializer;

/// Where the build writes the catalogue, in `data/`.
pub const CATALOG_FILE: &str = "catalog.rdf";

pub const DCAT: &str = "http://www.w3.org/ns/dcat#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";
pub const VCARD: &str = "http://www.w3.org/2006/vcard/ns#";
pub const LOCN: &str = "http://www.w3.org/ns/locn#";
/// The EU Publications Office's authority tables (themes, file types,
/// languages, access rights), which DCAT-AP-SE asks for.
pub const EU_AUTHORITY: &str = "http://publications.europa.eu/resource/authority/";
const IANA_MEDIA_TYPES: &str = "https://www.iana.org/assignments/media-types/";

fn iri(s: impl Into<String>) -> Result<NamedNode, String> {
    let s = s.into();
    NamedNode::new(s.clone()).map_err(|e| format!("catalogue: {s:?} is not an address: {e}"))
}

fn term(prefix: &str, name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{prefix}{name}"))
}

/// A date at the precision the file gives (`2018`, `2015-03`, `2026-11-29`),
/// typed as XML Schema types it.
fn date(s: &str) -> Literal {
    let datatype = match s.len() {
        4 => xsd::G_YEAR,
        7 => xsd::G_YEAR_MONTH,
        _ => xsd::DATE,
    };
    Literal::new_typed_literal(s, datatype)
}

/// Collects the triples, subject by subject, as the serializer writes them.
struct Graph {
    triples: Vec<Triple>,
}

impl Graph {
    fn add(&mut self, s: &NamedOrBlankNode, p: NamedNode, o: impl Into<Term>) {
        self.triples.push(Triple::new(s.clone(), p, o));
    }

    /// A text in both languages, as two language-tagged literals.
    fn text(&mut self, s: &NamedOrBlankNode, p: NamedNode, t: &Text) {
        for (lang, value) in [("sv", &t.sv), ("en", &t.en)] {
            self.add(
                s,
                p.clone(),
                Literal::new_language_tagged_literal_unchecked(value.as_str(), lang),
            );
        }
    }
}

/// The catalogue as RDF/XML. `issued` is the date of the first release.
/// Errors only when the file's addresses are not IRIs (the validator lets
/// only http(s) addresses through, so a build never sees one).
pub fn catalog(
    d: &Dataset,
    c: &Catalogue,
    site: &PublicUrl,
    downloads: &[Download],
    issued: &str,
) -> Result<String, String> {
    let here = site.data(CATALOG_FILE);
    let own = |name: &str| iri(format!("{here}#{name}"));
    let catalog: NamedOrBlankNode = own("catalog")?.into();
    let dataset: NamedOrBlankNode = iri(site.join("#dataset"))?.into();
    let publisher: NamedOrBlankNode = own("publisher")?.into();
    let contact: NamedOrBlankNode = own("contact")?.into();
    let place: NamedOrBlankNode = BlankNode::default().into();
    let period: NamedOrBlankNode = BlankNode::default().into();
    let licence = iri(d.licence.url.as_str())?;
    let languages = [
        term(EU_AUTHORITY, "language/SWE"),
        term(EU_AUTHORITY, "language/ENG"),
    ];
    let dcat = |n: &str| term(DCAT, n);
    let dct = |n: &str| term(DCTERMS, n);
    let mut g = Graph {
        triples: Vec::new(),
    };

    g.add(&catalog, rdf::TYPE.into(), dcat("Catalog"));
    g.text(
        &catalog,
        dct("title"),
        &Text {
            sv: format!("{} – datakatalog", d.title.sv),
            en: format!("{} – data catalogue", d.title.en),
        },
    );
    g.text(
        &catalog,
        dct("description"),
        &Text {
            sv: format!("Den publicerade datamängden bakom {}.", d.title.sv),
            en: format!("The published dataset behind {}.", d.title.en),
        },
    );
    g.add(&catalog, dct("publisher"), publisher.clone());
    g.add(&catalog, dct("license"), licence.clone());
    g.add(&catalog, term(FOAF, "homepage"), iri(site.as_str())?);
    for l in &languages {
        g.add(&catalog, dct("language"), l.clone());
    }
    g.add(&catalog, dct("modified"), date(&d.updated));
    g.add(&catalog, dcat("dataset"), dataset.clone());

    g.add(&publisher, rdf::TYPE.into(), term(FOAF, "Agent"));
    g.add(&publisher, rdf::TYPE.into(), term(FOAF, "Organization"));
    g.text(&publisher, term(FOAF, "name"), &c.publisher.name);
    g.add(
        &publisher,
        term(FOAF, "homepage"),
        iri(c.publisher.url.as_str())?,
    );

    g.add(&contact, rdf::TYPE.into(), term(VCARD, "Organization"));
    g.text(&contact, term(VCARD, "fn"), &c.contact.name);
    if let Some(email) = &c.contact.email {
        g.add(
            &contact,
            term(VCARD, "hasEmail"),
            iri(format!("mailto:{email}"))?,
        );
    }
    if let Some(url) = &c.contact.url {
        g.add(&contact, term(VCARD, "hasURL"), iri(url.as_str())?);
    }

    g.add(&dataset, rdf::TYPE.into(), dcat("Dataset"));
    g.text(&dataset, dct("title"), &d.title);
    g.text(&dataset, dct("description"), &d.description);
    g.add(
        &dataset,
        dct("identifier"),
        Literal::new_simple_literal(&d.id),
    );
    g.add(&dataset, dct("publisher"), publisher.clone());
    g.add(&dataset, dcat("contactPoint"), contact.clone());
    for (lang, words) in [("sv", &c.keywords.sv), ("en", &c.keywords.en)] {
        for w in words {
            g.add(
                &dataset,
                dcat("keyword"),
                Literal::new_language_tagged_literal_unchecked(w.as_str(), lang),
            );
        }
    }
    for theme in &c.themes {
        g.add(
            &dataset,
            dcat("theme"),
            iri(format!("{EU_AUTHORITY}data-theme/{theme}"))?,
        );
    }
    g.add(&dataset, dct("issued"), date(issued));
    g.add(&dataset, dct("modified"), date(&d.updated));
    for l in &languages {
        g.add(&dataset, dct("language"), l.clone());
    }
    g.add(
        &dataset,
        dct("accessRights"),
        term(EU_AUTHORITY, "access-right/PUBLIC"),
    );
    g.add(&dataset, dcat("landingPage"), iri(site.as_str())?);
    g.add(&dataset, dct("spatial"), place.clone());
    g.add(&dataset, dct("temporal"), period.clone());
    let distributions: Vec<NamedOrBlankNode> = downloads
        .iter()
        .map(|f| own(&format!("distribution-{}", f.path.replace('/', "-"))).map(Into::into))
        .collect::<Result<_, _>>()?;
    for dist in &distributions {
        g.add(&dataset, dcat("distribution"), dist.clone());
    }

    g.add(&place, rdf::TYPE.into(), dct("Location"));
    g.text(&place, term(LOCN, "geographicName"), &c.place);
    let (start, end) = coverage(d);
    g.add(&period, rdf::TYPE.into(), dct("PeriodOfTime"));
    g.add(&period, dcat("startDate"), date(&start));
    g.add(&period, dcat("endDate"), date(&end));

    for (f, dist) in downloads.iter().zip(&distributions) {
        let url = iri(site.data(&f.path))?;
        g.add(dist, rdf::TYPE.into(), dcat("Distribution"));
        g.add(dist, dct("title"), Literal::new_simple_literal(&f.path));
        g.add(dist, dcat("accessURL"), url.clone());
        g.add(dist, dcat("downloadURL"), url);
        g.add(
            dist,
            dct("format"),
            iri(format!(
                "{EU_AUTHORITY}file-type/{}",
                f.format.eu_file_type()
            ))?,
        );
        g.add(
            dist,
            dcat("mediaType"),
            iri(format!("{IANA_MEDIA_TYPES}{}", f.format.media_type()))?,
        );
        g.add(dist, dct("license"), licence.clone());
        g.add(
            dist,
            dcat("byteSize"),
            Literal::new_typed_literal(f.bytes.to_string(), xsd::NON_NEGATIVE_INTEGER),
        );
        if f.path == DATASET_FILE {
            // The file follows the published JSON Schema.
            g.add(
                dist,
                dct("conformsTo"),
                iri(site.data("iop-ensamkommande.schema.json"))?,
            );
        }
    }

    let mut out = RdfXmlSerializer::new();
    for (prefix, ns) in [
        ("dcat", DCAT),
        ("dcterms", DCTERMS),
        ("foaf", FOAF),
        ("vcard", VCARD),
        ("locn", LOCN),
    ] {
        out = out
            .with_prefix(prefix, ns)
            .map_err(|e| format!("catalogue: prefix {prefix}: {e}"))?;
    }
    let mut writer = out.for_writer(Vec::new());
    for t in &g.triples {
        writer
            .serialize_triple(t)
            .map_err(|e| format!("catalogue: {e}"))?;
    }
    let bytes = writer.finish().map_err(|e| format!("catalogue: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("catalogue: {e}"))
}
