//! The view state and its URL: everything a reader can change is in the query
//! string, so a copied link restores that exact view and back/forward step
//! between views. Partner sites link to these URLs, so the format is stable:
//!
//! | parameter | values | default |
//! |---|---|---|
//! | `lang` | `sv`, `en` | the browser's preferred languages, else `sv` |
//! | `section` | a [`Section`] id | `overview` |
//! | `chart` | the id of a view in the dataset (`[a-z0-9-]`, at most 64) | none |
//! | `view` | `chart`, `table` | `chart` |
//! | `mark` | a figure, point or event id (`[a-z0-9-]`, at most 64) | none |
//! | `theme` | `light`, `dark`, `auto` (embeds) | `auto` |
//!
//! Unknown parameters and malformed values fall back to the defaults, never to an
//! error page; unknown parameters are dropped when the URL is written back. A
//! chart id the dataset does not have shows the overview (the pages decide, as
//! only they know the dataset).
//! Parameters at their defaults are left out, except `lang` once chosen, so that a
//! shared link keeps the language its sender saw.

use crate::i18n::Lang;

/// Parts of the page a link can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Overview,
    Parties,
    Sources,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Overview, Section::Parties, Section::Sources];

    pub fn id(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Parties => "parties",
            Section::Sources => "sources",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Chart,
    Table,
}

impl View {
    pub const ALL: [View; 2] = [View::Chart, View::Table];

    pub fn id(self) -> &'static str {
        match self {
            View::Chart => "chart",
            View::Table => "table",
        }
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// Colour theme of an embed; `Auto` follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// What the reader is looking at. `lang` is `None` until the URL or the reader
/// chooses one; the browser's preference then decides.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub lang: Option<Lang>,
    pub section: Section,
    /// A view's id, from the data.
    pub chart: Option<String>,
    pub view: View,
    pub mark: Option<String>,
    pub theme: Theme,
    /// A release of the data (`2026-11-29`) instead of the latest.
    pub release: Option<String>,
}

const MAX_ID: usize = 64;

/// A release's date as an address names it, `YYYY-MM-DD`: the folder of
/// that release under `data/releases/`, so nothing else may pass.
pub fn valid_release(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The address of a release's data file, relative to the page.
pub fn release_data_url(release: &str) -> String {
    format!("data/releases/{release}/iop-ensamkommande.json")
}

/// The dashboard's overview in `lang`, relative to the page, with the latest
/// data: where a release's page, a missing release, the check page, an embed
/// and the build's pages lead back to.
pub fn dashboard_url(lang: Lang) -> String {
    format!("./?lang={}", lang.code())
}

/// The list of every release and what changed in each, relative to the page
/// (the build writes it, `publish::releases::change_list`).
pub const RELEASES_LIST_URL: &str = "data/releases/CHANGES.md";

/// The data file a page shows, and so offers: the release its address names,
/// or else the latest data.
pub fn shown_data_url(release: Option<&str>) -> String {
    release.map_or_else(|| crate::data::DATASET_URL.to_string(), release_data_url)
}

/// A view or mark id as the URL may carry it: `[a-z0-9-]`, at most 64.
fn valid_id(m: &str) -> bool {
    !m.is_empty()
        && m.len() <= MAX_ID
        && m.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Decodes `%XX` and `+`; anything malformed decodes to something that fails the
/// value checks, never to a panic.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl ViewState {
    /// Reads a query string, with or without its leading `?`. The first valid
    /// occurrence of a parameter wins.
    pub fn from_query(query: &str) -> ViewState {
        let mut state = ViewState::default();
        let (mut lang, mut section, mut chart, mut view, mut mark, mut theme) =
            (false, false, false, false, false, false);
        let mut release = false;
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let value = value.trim();
            match decode(key).as_str() {
                "lang" if !lang => {
                    state.lang = Lang::from_code(value);
                    lang = state.lang.is_some();
                }
                "section" if !section => {
                    if let Some(s) = Section::from_id(value) {
                        state.section = s;
                        section = true;
                    }
                }
                "chart" if !chart && valid_id(value) => {
                    state.chart = Some(value.to_string());
                    chart = true;
                }
                "view" if !view => {
                    if let Some(v) = View::from_id(value) {
                        state.view = v;
                        view = true;
                    }
                }
                "theme" if !theme => {
                    if let Some(t) = Theme::from_id(value) {
                        state.theme = t;
                        theme = true;
                    }
                }
                "mark" if !mark && valid_id(value) => {
                    state.mark = Some(value.to_string());
                    mark = true;
                }
                "release" if !release && valid_release(value) => {
                    state.release = Some(value.to_string());
                    release = true;
                }
                _ => {}
            }
        }
        // A view or mark means nothing without its chart.
        if state.chart.is_none() {
            state.view = View::Chart;
            state.mark = None;
        }
        state
    }

    /// The dataset as a citation names it: its Sources view in `lang` at
    /// `release`, so that the address keeps showing what was cited.
    pub fn cited_sources(lang: Lang, release: &str) -> ViewState {
        ViewState {
            lang: Some(lang),
            section: Section::Sources,
            release: Some(release.to_string()),
            ..ViewState::default()
        }
    }

    /// The query string for this state, `?`-prefixed, or empty at all defaults.
    /// Ids need no escaping: every value is from a fixed set or `[a-z0-9-]`.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.code()));
        }
        if self.section != Section::default() {
            parts.push(format!("section={}", self.section.id()));
        }
        if let Some(chart) = self.chart.as_deref().filter(|c| valid_id(c)) {
            parts.push(format!("chart={chart}"));
            if self.view != View::default() {
                parts.push(format!("view={}", self.view.id()));
            }
            if let Some(mark) = self.mark.as_deref().filter(|m| valid_id(m)) {
                parts.push(format!("mark={mark}"));
            }
        }
        if self.theme != Theme::default() {
            parts.push(format!("theme={}", self.theme.id()));
        }
        if let Some(r) = self.release.as_deref().filter(|r| valid_release(r)) {
            parts.push(format!("release={r}"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// Whether `next` only chooses another mark, or none, in whichever chart:
    /// the page and every chart's chart-or-table stay as they are. Such a
    /// change replaces the address rather than adding a history entry, so Back
    /// leaves the view instead of stepping through every mark the reader tried.
    /// Every other field is named, so one added later must be placed here.
    pub fn only_selects(&self, next: &ViewState) -> bool {
        let ViewState {
            lang,
            section,
            chart: _,
            view,
            mark: _,
            theme,
            release,
        } = self;
        (*lang, *section, *view, *theme, release)
            == (
                next.lang,
                next.section,
                next.view,
                next.theme,
                &next.release,
            )
    }

    /// The language to show: the chosen one, else the browser's, else Swedish.
    pub fn effective_lang(&self, browser: &[String]) -> Lang {
        self.lang.or_else(|| negotiate(browser)).unwrap_or_default()
    }

    /// The page this view shows: its language and section (a chart named in
    /// the address is on the overview). The dashboard builds its page anew
    /// when either changes; every other change updates the page in place.
    pub fn page(&self, browser: &[String]) -> (Lang, Section) {
        let section = if self.chart.is_some() {
            Section::Overview
        } else {
            self.section
        };
        (self.effective_lang(browser), section)
    }
}

/// The first non-empty value of a query parameter, decoded.
pub fn param(query: &str, name: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(value).trim().to_string();
        (decode(key) == name && !value.is_empty()).then_some(value)
    })
}

/// The first of the browser's preferred languages (`navigator.languages`) that
/// we have, matching on the primary subtag (`en-GB` → English).
pub fn negotiate(preferred: &[String]) -> Option<Lang> {
    preferred.iter().find_map(|tag| {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::from_code(primary)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn choosing_a_mark_is_not_a_new_view() {
        let at = |q: &str| ViewState::from_query(q);
        // A first mark, another, another chart's, none again.
        assert!(at("?lang=en").only_selects(&at("?lang=en&chart=a&mark=m")));
        assert!(at("?chart=a&mark=m").only_selects(&at("?chart=a&mark=n")));
        assert!(at("?chart=a&mark=m").only_selects(&at("?chart=b&mark=k")));
        assert!(at("?chart=a&mark=m").only_selects(&at("?chart=a")));
        // In a table, as in a chart.
        assert!(at("?chart=a&view=table").only_selects(&at("?chart=a&view=table&mark=m")));
        // A change of view is one, with or without a mark: the table, the
        // chart again (closing another chart's table), a section, a language,
        // a theme, a release.
        assert!(!at("?chart=a&mark=m").only_selects(&at("?chart=a&view=table&mark=m")));
        assert!(!at("?chart=a&view=table").only_selects(&at("?chart=b&mark=k")));
        assert!(!at("").only_selects(&at("?section=sources")));
        assert!(!at("?chart=a&mark=m").only_selects(&at("?lang=en&chart=a&mark=m")));
        assert!(!at("").only_selects(&at("?theme=dark")));
        assert!(!at("").only_selects(&at("?release=2026-11-29")));
    }

    #[test]
    fn defaults_from_an_empty_query() {
        assert_eq!(ViewState::from_query(""), ViewState::default());
        assert_eq!(ViewState::from_query("?"), ViewState::default());
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn every_parameter_is_read() {
        let s = ViewState::from_query(
            "?lang=en&section=parties&chart=some-chart&view=table&mark=some-mark",
        );
        assert_eq!(
            s,
            ViewState {
                lang: Some(Lang::En),
                section: Section::Parties,
                chart: Some("some-chart".into()),
                view: View::Table,
                mark: Some("some-mark".into()),
                theme: Theme::Auto,
                release: None,
            }
        );
    }

    #[test]
    fn round_trip_of_every_combination() {
        for lang in [None, Some(Lang::Sv), Some(Lang::En)] {
            for section in Section::ALL {
                for chart in [None, Some("a".to_string()), Some("chart-2".to_string())] {
                    for view in [View::Chart, View::Table] {
                        for mark in [None, Some("y-2015".to_string())] {
                            let s = ViewState {
                                lang,
                                section,
                                chart: chart.clone(),
                                view,
                                mark: mark.clone(),
                                theme: Theme::Dark,
                                release: Some("2026-11-29".into()),
                            };
                            let back = ViewState::from_query(&s.to_query());
                            if chart.is_some() {
                                assert_eq!(back, s, "{}", s.to_query());
                            } else {
                                // Without a chart, view and mark are meaningless and dropped.
                                assert_eq!(
                                    back,
                                    ViewState {
                                        view: View::Chart,
                                        mark: None,
                                        ..s.clone()
                                    }
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_theme_round_trips_and_defaults_to_auto() {
        for t in Theme::ALL {
            let s = ViewState {
                theme: t,
                ..Default::default()
            };
            assert_eq!(ViewState::from_query(&s.to_query()).theme, t);
        }
        assert_eq!(ViewState::from_query("?theme=neon").theme, Theme::Auto);
        assert_eq!(
            ViewState {
                theme: Theme::Auto,
                ..Default::default()
            }
            .to_query(),
            ""
        );
    }

    /// The raw `chart` value, for embeds whose widgets include non-charts.
    #[test]
    fn raw_parameters_are_read_safely() {
        assert_eq!(
            param("?chart=key-figures&lang=en", "chart").as_deref(),
            Some("key-figures")
        );
        assert_eq!(param("?chart=%6Bey", "chart").as_deref(), Some("key"));
        assert_eq!(param("?lang=en", "chart"), None);
        assert_eq!(param("?chart=", "chart"), None);
    }

    #[test]
    fn defaults_are_left_out_of_the_url() {
        let s = ViewState {
            lang: Some(Lang::Sv),
            ..Default::default()
        };
        assert_eq!(s.to_query(), "?lang=sv");
        let s = ViewState {
            chart: Some("other-chart".into()),
            ..Default::default()
        };
        assert_eq!(s.to_query(), "?chart=other-chart");
    }

    #[test]
    fn malformed_and_unknown_parameters_fall_back_to_defaults() {
        for q in [
            "?lang=de",
            "?lang=",
            "?lang",
            "?section=nowhere",
            "?chart=Pie",
            "?chart=<b>",
            "?view=3d",
            "?mark=<script>",
            "?utm_source=x&fbclid=y",
            "?%zz=%zz&%=%",
            "?lang=%E0%A4%A",
            "&&&==&",
            "?mark=a%00b",
        ] {
            assert_eq!(ViewState::from_query(q), ViewState::default(), "{q}");
        }
        let long = format!("?chart=some-chart&mark={}", "a".repeat(65));
        assert_eq!(ViewState::from_query(&long).mark, None);
    }

    #[test]
    fn good_parameters_survive_bad_neighbours() {
        let s = ViewState::from_query("?lang=xx&lang=EN&chart=Bad&chart=bad&view=table&utm=1");
        assert_eq!(s.lang, Some(Lang::En));
        assert_eq!(s.chart.as_deref(), Some("bad"));
        assert_eq!(s.view, View::Table);
        assert_eq!(s.to_query(), "?lang=en&chart=bad&view=table");
    }

    #[test]
    fn percent_encoding_is_decoded() {
        assert_eq!(ViewState::from_query("?lang=%65n").lang, Some(Lang::En));
        assert_eq!(
            ViewState::from_query("?section=%70arties").section,
            Section::Parties
        );
        assert_eq!(ViewState::from_query("?lang=en%").lang, None);
    }

    #[test]
    fn language_negotiation() {
        assert_eq!(negotiate(&langs(&["en-GB", "sv"])), Some(Lang::En));
        assert_eq!(negotiate(&langs(&["nb-NO", "sv-SE", "en"])), Some(Lang::Sv));
        assert_eq!(negotiate(&langs(&["de", "fr"])), None);
        assert_eq!(negotiate(&[]), None);
        let state = ViewState::default();
        assert_eq!(
            state.effective_lang(&langs(&["de"])),
            Lang::Sv,
            "Swedish is the fallback"
        );
        assert_eq!(state.effective_lang(&langs(&["en-US"])), Lang::En);
        let chosen = ViewState {
            lang: Some(Lang::Sv),
            ..Default::default()
        };
        assert_eq!(
            chosen.effective_lang(&langs(&["en-US"])),
            Lang::Sv,
            "the URL wins"
        );
    }

    #[test]
    fn the_page_is_the_language_and_the_section_a_view_shows() {
        let browser = langs(&["en-GB"]);
        let at = |q: &str| ViewState::from_query(q).page(&browser);
        assert_eq!(at(""), (Lang::En, Section::Overview));
        assert_eq!(at("?lang=sv&section=parties"), (Lang::Sv, Section::Parties));
        // A chart lives on the overview, whatever the section says.
        assert_eq!(
            at("?section=sources&chart=c1"),
            (Lang::En, Section::Overview)
        );
        // Views within one page: the same page.
        assert_eq!(at("?chart=c1&view=table&mark=m1"), at("?chart=c1"));
        assert_ne!(at("?lang=sv"), at("?lang=en"));
    }

    #[test]
    fn a_release_is_a_plain_date_or_nothing() {
        let s = ViewState::from_query("?release=2026-11-29&lang=en");
        assert_eq!(s.release.as_deref(), Some("2026-11-29"));
        assert_eq!(s.to_query(), "?lang=en&release=2026-11-29");
        for bad in [
            "../../x",
            "2026-11-2",
            "2026-11-29/../a",
            "2026%2D11%2D29x",
            "",
        ] {
            assert_eq!(
                ViewState::from_query(&format!("?release={bad}")).release,
                None,
                "{bad}"
            );
        }
        assert_eq!(
            release_data_url("2026-11-29"),
            "data/releases/2026-11-29/iop-ensamkommande.json"
        );
        assert_eq!(
            shown_data_url(Some("2026-11-29")),
            release_data_url("2026-11-29")
        );
        assert_eq!(shown_data_url(None), crate::data::DATASET_URL);
    }
}
