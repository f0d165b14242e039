//! Every UI string in both languages, as a typed table: each key is written once
//! with its Swedish and English text, so a missing language is a compile error and
//! a test checks that none is blank. A plain table costs no wasm beyond the text
//! itself, where an i18n crate would bring a runtime.

use super::Lang;

macro_rules! strings {
    ($($key:ident: $sv:expr, $en:expr;)*) => {
        /// The UI strings of one language.
        pub struct Strings {
            $(pub $key: &'static str,)*
        }

        const SV: Strings = Strings { $($key: $sv,)* };
        const EN: Strings = Strings { $($key: $en,)* };

        impl Strings {
            /// Every string with its key, for the completeness test.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}

strings! {
    skip_link: "Hoppa till innehållet", "Skip to content";
    site_title: "IOP Ensamkommande i Göteborg", "IOP Ensamkommande in Göteborg";
    tagline: "Vad partnerskapet mellan Göteborgs Stad och idéburna organisationer för ensamkommande barn åstadkom, med källor.",
        "What the partnership of Göteborgs Stad and nonprofits for unaccompanied refugee minors achieved, with sources.";
    loading: "Hämtar data …", "Loading data …";
    load_failed: "Det gick inte att visa uppgifterna", "The figures could not be shown";
    load_failed_network: "Datafilen kunde inte hämtas. Kontrollera anslutningen och försök igen.",
        "The data file could not be fetched. Check your connection and try again.";
    load_failed_http: "Servern svarade med felkod", "The server answered with error code";
    load_failed_invalid: "Datafilen har fel och kan inte visas:", "The data file has errors and cannot be shown:";
    retry: "Försök igen", "Try again";
    key_figures: "Nyckeltal", "Key figures";
    period: "Avtalsperiod", "Agreement period";
    period_ended: "avslutades i förtid", "ended early, in";
    about: "omkring", "about";
    parties: "Parterna", "The parties";
    public_partner: "Offentlig part", "Public partner";
    nonprofit_partners: "Idéburna parter", "Nonprofit partners";
    joined: "gick med", "joined";
    uncertain: "osäker uppgift", "uncertain";
    source: "Källa", "Source";
    sources: "Källor", "Sources";
    no_address: "ingen webbadress känd", "no web address known";
    licence: "Data under licensen", "Data licensed under";
    download_data: "Ladda ner data (JSON)", "Download the data (JSON)";
    data_schema: "Dataformatet (JSON Schema)", "The data format (JSON Schema)";
    footer_about: "Sammanställt från publicerade källor. Varje siffra har en källa.",
        "Compiled from published sources. Every figure has a source.";
    age_range: "Ålder på de placerade barnen och ungdomarna", "Age of the children and young people placed";
    years: "år", "years";
    planned: "planerad", "planned";
    language_nav: "Språk", "Language";
    other_language: "English", "Svenska";
    language_changed: "Sidan visas nu på svenska.", "The page is now in English.";
    sections_nav: "Avsnitt", "Sections";
    section_overview: "Översikt", "Overview";
    section_parties: "Parter och insatser", "Parties and services";
    section_sources: "Källor", "Sources";
    governance: "Styrning", "Governance";
    shared_values: "Gemensamma värderingar", "Shared values";
    aims: "Mål", "Aims";
    services: "Mervärdesinsatser", "Value-added services";
    services_intro: "Utöver boendena erbjöd partnerskapet sju mervärdesinsatser. Vem som utförde vilken insats är bara delvis känt.",
        "Beyond the homes, the partnership offered seven value-added services. Who delivered which is only partly known.";
    provider_unknown: "Utförare: inte känt", "Provided by: not known";
    provided_by: "Känt om utförandet", "Known about who delivered it";
    sources_intro: "Alla källor som siffrorna bygger på, med utgivare, datum och länk.",
        "Every source the figures rest on, with publisher, date and link.";
    charts: "Diagram", "Charts";
    chart_keys: "Tabba till diagrammet. Piltangenterna flyttar mellan värdena, Home och End går till första och sista. Enter eller mellanslag väljer ett värde och visar dess källor. Esc stänger rutan eller lämnar diagrammet.",
        "Tab to the chart. The arrow keys move between values, Home and End go to the first and last. Enter or Space selects a value and shows its sources. Esc closes the box or leaves the chart.";
    show_as: "Visa som", "Show as";
    view_chart: "Diagram", "Chart";
    view_table: "Tabell", "Table";
    selected: "vald", "selected";
    selected_value: "Valt värde", "Selected value";
    chart_unavailable: "Diagrammet kan inte visas eftersom en uppgift saknas i datafilen:", "The chart cannot be shown because the data file lacks an entry:";
    disagreeing_sources: "Källorna anger olika tal", "The sources give different figures";
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_present_in_both_languages() {
        let sv = strings(Lang::Sv).entries();
        let en = strings(Lang::En).entries();
        assert_eq!(sv.len(), en.len());
        for ((key, s), (_, e)) in sv.iter().zip(&en) {
            assert!(!s.trim().is_empty(), "{key} is empty in Swedish");
            assert!(!e.trim().is_empty(), "{key} is empty in English");
        }
    }

    #[test]
    fn languages_differ_where_they_should() {
        // A copy-paste of one language into the other would pass the emptiness check.
        let same: Vec<_> = strings(Lang::Sv)
            .entries()
            .into_iter()
            .zip(strings(Lang::En).entries())
            .filter(|((_, s), (_, e))| s == e)
            .map(|((k, _), _)| k)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
