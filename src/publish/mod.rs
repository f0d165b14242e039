//! What the build publishes for the world beyond the dashboard (issue 18): the
//! DCAT-AP-SE catalogue that Sveriges dataportal harvests (`catalog`), the
//! schema.org markup that dataset search engines read (`jsonld`), the oEmbed
//! answers that publishing tools such as WordPress ask for (`oembed`), and the
//! releases a citation can name (`releases`). Host only: the build writes them
//! once; nothing of it is in the wasm.

pub mod catalog;
pub mod jsonld;
pub mod oembed;
pub mod releases;

use crate::data::Dataset;

/// The dashboard's public address, `https://data.example.se/iop/`: every
/// address a catalogue, a search engine or a publishing tool is given starts
/// with it, as none of them can resolve a relative one. The build is told it
/// (`IOP_PUBLIC_URL`), since only the people who deploy know where that is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// An http(s) address of a folder: it ends in `/`, with no query or fragment.
    pub fn parse(s: &str) -> Result<PublicUrl, String> {
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| format!("{s:?} is not an http(s) address"))?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return Err(format!("{s:?} has no host"));
        }
        if !s.ends_with('/') {
            return Err(format!(
                "{s:?} must end in / (the folder the dashboard is in)"
            ));
        }
        if s.contains(['?', '#', '"', '<', '>', ' ', '\\']) || s.chars().any(char::is_control) {
            return Err(format!(
                "{s:?} must be a plain folder address (no query, fragment, quotes or spaces)"
            ));
        }
        Ok(PublicUrl(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address of `path`, relative to the dashboard's folder.
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// The address of a file of the downloads (`data/…`).
    pub fn data(&self, path: &str) -> String {
        self.join(&format!("data/{path}"))
    }
}

/// What kind of file a download is, as catalogues name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    JsonSchema,
    Csv,
    Xlsx,
}

impl Format {
    /// By the file's name; `None` for files that are not data (the README,
    /// the chart pictures).
    pub fn of(path: &str) -> Option<Format> {
        if path.ends_with(".schema.json") {
            Some(Format::JsonSchema)
        } else if path.starts_with("charts/") || path.starts_with("releases/") {
            None
        } else if path.ends_with(".json") {
            Some(Format::Json)
        } else if path.ends_with(".csv") {
            Some(Format::Csv)
        } else if path.ends_with(".xlsx") {
            Some(Format::Xlsx)
        } else {
            None
        }
    }

    /// The IANA media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::JsonSchema => "application/schema+json",
            Format::Csv => "text/csv",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// The EU Publications Office's file-type code, which DCAT-AP uses for
    /// `dcterms:format`.
    pub fn eu_file_type(self) -> &'static str {
        match self {
            Format::Json | Format::JsonSchema => "JSON",
            Format::Csv => "CSV",
            Format::Xlsx => "XLSX",
        }
    }
}

/// A file of the downloads as catalogues list it: one distribution each.
#[derive(Debug, Clone, PartialEq)]
pub struct Download {
    /// Relative to `data/`.
    pub path: String,
    pub format: Format,
    pub bytes: u64,
}

/// The data files among the build's downloads (`(path in data/, size)`), in
/// the order given: the dataset file first is what a catalogue shows first.
pub fn downloads(files: &[(String, u64)]) -> Vec<Download> {
    files
        .iter()
        .filter_map(|(path, bytes)| {
            Format::of(path).map(|format| Download {
                path: path.clone(),
                format,
                bytes: *bytes,
            })
        })
        .collect()
}

/// The period the data cover, as ISO dates at the precision known: the
/// partnership's, from its start to its actual end.
pub fn coverage(d: &Dataset) -> (String, String) {
    let p = &d.partnership.period;
    (p.start.clone(), p.actual_end.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_address_is_an_http_folder() {
        let u = PublicUrl::parse("https://data.example.se/iop/").expect("folder");
        assert_eq!(
            u.data("iop-ensamkommande.json"),
            "https://data.example.se/iop/data/iop-ensamkommande.json"
        );
        for bad in [
            "data.example.se/iop/",
            "https://data.example.se/iop",
            "https:///iop/",
            "https://data.example.se/iop/?x=1/",
            "javascript:alert(1)//",
            "https://data.example.se/i\"op/",
        ] {
            assert!(PublicUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn downloads_are_the_data_files_with_their_formats() {
        let files: Vec<(String, u64)> = [
            "iop-ensamkommande.json",
            "iop-ensamkommande.schema.json",
            "figures.csv",
            "excel/figures.csv",
            "iop-ensamkommande.xlsx",
            "README.md",
            "charts/reach-sv.svg",
        ]
        .iter()
        .map(|p| (p.to_string(), 1))
        .collect();
        let found: Vec<(&str, Format)> = downloads(&files)
            .into_iter()
            .map(|d| {
                (
                    files
                        .iter()
                        .find(|(p, _)| *p == d.path)
                        .map_or("", |(p, _)| p.as_str()),
                    d.format,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("iop-ensamkommande.json", Format::Json),
                ("iop-ensamkommande.schema.json", Format::JsonSchema),
                ("figures.csv", Format::Csv),
                ("excel/figures.csv", Format::Csv),
                ("iop-ensamkommande.xlsx", Format::Xlsx),
            ]
        );
    }
}
