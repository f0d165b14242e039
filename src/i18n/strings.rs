//! Every UI string in both languages, as typed tables: each key is written once
//! with its Swedish and English text, so a missing language is a compile error and
//! a test checks that none is blank. A plain table costs no wasm beyond the text
//! itself, where an i18n crate would bring a runtime; but a page that reads one
//! string of a table carries all of it, so the check page's strings are a table
//! of their own, and so are those only the build writes into pages.

use super::Lang;

macro_rules! strings {
    ($(#[$doc:meta])* $table:ident, $get:ident { $($key:ident: $sv:expr, $en:expr;)* }) => {
        $(#[$doc])*
        pub struct $table {
            $(pub $key: &'static str,)*
        }

        impl $table {
            const SV: $table = $table { $($key: $sv,)* };
            const EN: $table = $table { $($key: $en,)* };

            /// Every string with its key, for the completeness test.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }

        pub fn $get(lang: Lang) -> &'static $table {
            match lang {
                Lang::Sv => &$table::SV,
                Lang::En => &$table::EN,
            }
        }
    };
}

strings! {
    /// The UI strings of one language.
    Strings, strings {
    skip_link: "Hoppa till innehållet", "Skip to content";
    skip_to_charts: "Hoppa till diagrammen", "Skip to the charts";
    site_title: "IOP Ensamkommande i Göteborg", "IOP Ensamkommande in Göteborg";
    tagline: "Vad partnerskapet åstadkom, med en källa till varje siffra.",
        "What the partnership achieved, with a source for every figure.";
    loading: "Hämtar data …", "Loading data …";
    load_failed: "Det gick inte att visa uppgifterna", "The figures could not be shown";
    load_failed_network: "Datafilen kunde inte hämtas. Kontrollera anslutningen och försök igen.",
        "The data file could not be fetched. Check your connection and try again.";
    load_failed_http: "Servern svarade med felkod", "The server answered with error code";
    load_failed_timeout: "Servern svarade inte inom {0} sekunder. Försök igen om en stund.", "The server did not answer within {0} seconds. Try again in a while.";
    load_failed_empty: "Datafilen är tom.", "The data file is empty.";
    load_failed_too_large: "Datafilen är {0} MB, men högst {1} MB kan visas. Kontrollera att rätt fil är publicerad.", "The data file is {0} MB, but at most {1} MB can be shown. Check that the right file is published.";
    partial_title: "Några siffror kunde inte visas", "Some figures could not be shown";
    partial_intro: "Datafilen har fel i de här uppgifterna. De är utelämnade, och diagram som behöver dem säger det på sin plats. Resten av sidan bygger på de felfria uppgifterna.",
        "The data file has errors in these entries. They are left out, and charts that need them say so in their place. The rest of the page uses the entries without errors.";
    load_failed_web_page: "Servern skickade en webbsida i stället för datafilen, kanske en felsida. Försök igen om en stund.", "The server sent a web page instead of the data file, perhaps an error page. Try again in a moment.";
    load_failed_invalid: "Datafilen har fel och kan inte visas:", "The data file has errors and cannot be shown:";
    retry: "Försök igen", "Try again";
    key_figures: "Nyckeltal", "Key figures";
    period: "Avtalsperiod", "Agreement period";
    period_ended: "avslutades i förtid", "ended early, in";
    parties: "Parterna", "The parties";
    public_partner: "Offentlig part", "Public partner";
    nonprofit_partners: "Idéburna parter", "Nonprofit partners";
    joined: "gick med", "joined";
    uncertain: "osäker uppgift", "uncertain";
    source: "Källa", "Source";
    sources: "Källor", "Sources";
    no_address: "ingen webbadress känd", "no web address known";
    licence: "Data under licensen", "Data licensed under";
    licence_label: "Licens:", "Licence:";
    download_data: "Ladda ner data (JSON)", "Download the data (JSON)";
    contact_ask: "Frågor om siffrorna, eller har du hittat ett fel? Kontakta", "Questions about the figures, or found an error? Contact";
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
    services_intro: "Partnerskapet erbjöd {0} mervärdesinsatser.", "The partnership offered {0} value-added services.";
    services_partly_known: "Vem som utförde vilken insats är bara delvis känt.", "Who delivered which is only partly known.";
    provider_unknown: "Utförare: inte känt", "Provided by: not known";
    provided_by: "Känt om utförandet", "Known about who delivered it";
    sources_intro: "Alla källor som siffrorna bygger på, med utgivare, datum och länk.",
        "Every source the figures rest on, with publisher, date and link.";
    charts: "Diagram", "Charts";
    chart_notes_summary: "Att tänka på ({0})", "Notes ({0})";
    keys_along: "Piltangenterna flyttar mellan värdena; Home och End går till det första och det sista.",
        "The arrow keys move between the values; Home and End go to the first and the last.";
    keys_grid: "Piltangenterna flyttar mellan rader och kolumner; Home och End går till radens början och slut.",
        "The arrow keys move between rows and columns; Home and End go to the start and end of the row.";
    keys_grid_too: "I en matris flyttar de mellan rader och kolumner; Home och End går till radens början och slut.",
        "In a matrix they move between rows and columns; Home and End go to the start and end of the row.";
    keys_parts: "Page Up och Page Down byter del.", "Page Up and Page Down move to the next or previous part.";
    keys_select: "Enter eller mellanslag väljer ett värde och visar dess källor. Esc stänger rutan eller lämnar diagrammet.",
        "Enter or Space selects a value and shows its sources. Esc closes the box or leaves the chart.";
    show_as: "Visa som", "Show as";
    view_chart: "Diagram", "Chart";
    view_table: "Tabell", "Table";
    selected: "vald", "selected";
    selected_value: "Valt värde", "Selected value";
    about: "omkring", "about";
    and_respectively: " respektive ", " and ";
    chart_gap: "uppgift saknas", "no figure";
    and: " och ", " and ";
    trend_highest: "Högst {0}: {1}.", "Highest {0}: {1}.";
    trend_lowest: "Lägst {0}: {1}.", "Lowest {0}: {1}.";
    trend_from_to: "från {0} {1} till {2} {3}{4}", "from {0} {1} to {2} {3}{4}";
    trend_overall: "Över hela perioden: {0}.", "Over the whole period: {0}.";
    trend_steepest: "Störst förändring: {0}.", "Biggest change: {0}.";
    trend_in_year: "år {0}", "in {0}";
    trend_in: "i {0}", "in {0}";
    trend_more: ", {0} fler", ", {0} more";
    trend_fewer: ", {0} färre", ", {0} fewer";
    trend_higher: ", {0} högre", ", {0} higher";
    trend_lower: ", {0} lägre", ", {0} lower";
    trend_same: ", ungefär lika", ", about the same";
    trend_gaps: "Uppgift saknas: {0}.", "No figure: {0}.";
    trend_withheld: "Färre än 5: {0}.", "Fewer than 5: {0}.";
    chart_unavailable: "Diagrammet kan inte visas. Fel i datafilen:", "This chart cannot be shown. Problems in the data file:";
    chart_untitled: "Diagram {0}", "Chart {0}";
    times_exact: "{0} gånger så många", "{0} times as many";
    times_more: "mer än {0} gånger så många", "more than {0} times as many";
    times_about: "cirka {0} gånger så många", "about {0} times as many";
    legend_gap: "Streckade, tomma platser är perioder utan siffra – inte noll.", "Dashed empty slots are periods without a figure – not zero.";
    legend_uncertain: "Randiga staplar är osäkra siffror.", "Hatched bars are uncertain figures.";
    legend_approximate: "Ihåliga punkter är ungefärliga datum.", "Hollow dots are approximate dates.";
    matrix_corner: "Part / insats", "Party / service";
    matrix_all_joined: "Alla gick med {0}", "All joined {0}";
    matrix_most_joined: "Alla gick med {0} om inget annat anges", "All joined {0} unless noted";
    matrix_delivered: "levererade enligt källorna", "delivered, according to the sources";
    matrix_not_known: "inte känt", "not known";
    legend_matrix: "Fyllda rutor: insatsen levererades av parten enligt en källa. Tomma rutor: inte känt – inte att den inte levererades.", "Filled cells: the party delivered the service according to a source. Empty cells: not known – not that it was not delivered.";
    legend_share: "Den fyllda delen är andelen; hela stapeln är 100 procent.", "The filled part is the share; the whole bar is 100 per cent.";
    chart_provider_unknown: "utförare inte känd", "provider not known";
    column_category: "Kategori", "Category";
    column_value: "Värde", "Value";
    column_period: "Tidsperiod", "Period";
    column_event: "Händelse", "Event";
    column_date: "Datum", "Date";
    column_party_or_service: "Part eller insats", "Party or service";
    column_service: "Insats", "Service";
    column_delivered_by: "Levererad av, enligt källorna", "Delivered by, according to the sources";
    column_detail: "Uppgift", "Detail";
    problem_syntax: "inte giltig JSON på rad {0}, kolumn {1}: {2}", "not valid JSON at line {0}, column {1}: {2}";
    json_eof: "filen tar slut mitt i datan", "the file ends in the middle of the data";
    json_expected_value: "här ska det stå ett värde", "expected a value";
    json_expected_colon: "här ska det stå : efter fältnamnet", "expected : after the field name";
    json_expected_comma: "här ska det stå , eller {0}", "expected , or {0}";
    json_expected_key: "här ska det stå ett fältnamn inom citattecken", "expected a field name in quotes";
    json_trailing: "det står något efter datans slut", "there is text after the end of the data";
    json_control: "ett styrtecken i en text; skriv det som escape-sekvens (t.ex. \\n)", "a control character in a text; write it as an escape (such as \\n)";
    json_escape: "ogiltig escape-sekvens i en text", "invalid escape sequence in a text";
    json_number: "ogiltigt tal", "invalid number";
    json_too_deep: "mer än 128 nivåer inuti varandra", "more than 128 levels nested";
    kind_boolean: "true eller false", "true or false";
    kind_number: "ett tal", "a number";
    kind_whole_number: "ett heltal från 0", "a whole number from 0";
    kind_string: "en text inom citattecken", "a text in quotes";
    kind_array: "en lista [ … ]", "a list [ … ]";
    kind_object: "ett objekt { … }", "an object { … }";
    kind_number_or_marker: "ett tal eller markeringen \"<5\" för ett undertryckt antal", "a number or the suppression marker \"<5\"";
    shape_wrong_type: "här ska det stå {0}, men det står {1}", "expected {0}, found {1}";
    shape_missing_field: "fältet `{0}` saknas", "missing field `{0}`";
    shape_unknown_field: "okänt fält `{0}` (felstavat?)", "unknown field `{0}` (misspelt?)";
    shape_duplicate_field: "fältet `{0}` finns två gånger", "field `{0}` appears twice";
    shape_unknown_name: "okänt värde {0}; tillåtna: {1}", "unknown value {0}; allowed: {1}";
    problem_version: "schema_version {0} stöds inte; den här versionen läser version {1}", "schema_version {0} is not supported; this validator reads version {1}";
    problem_missing_sv: "text saknas på svenska (\"sv\")", "text missing in Swedish (\"sv\")";
    problem_missing_en: "text saknas på engelska (\"en\")", "text missing in English (\"en\")";
    problem_empty_text: "texten är tom", "text is empty";
    crash_title: "Något gick fel i sidan", "Something went wrong on this page";
    crash_body: "Ladda om sidan för att försöka igen. Uppgifterna finns också i datafilen.", "Reload the page to try again. The figures are also in the data file.";
    reload: "Ladda om sidan", "Reload the page";
    problem_control: "tecknet U+{0} är ett styrtecken och får inte finnas i text", "character U+{0} is a control character and is not allowed in text";
    problem_bidi: "tecknet U+{0} ändrar textriktningen och får inte finnas i text", "character U+{0} overrides the text direction and is not allowed in text";
    problem_too_long: "texten är {0} tecken lång; högst {1} är tillåtet", "text is {0} characters long; at most {1} are allowed";
    problem_bad_id: "id {0} får bara innehålla små bokstäver, siffror och bindestreck och måste börja med en bokstav", "id {0} must be lowercase letters, digits and hyphens, starting with a letter";
    problem_duplicate_id: "id {0} används redan vid {1}", "id {0} is already used at {1}";
    problem_unknown_source: "källan {0} finns inte i $.sources", "source {0} is not listed in $.sources";
    problem_unknown_party: "parten {0} finns inte i $.partnership.parties", "party {0} is not listed in $.partnership.parties";
    problem_no_sources: "minst en källa krävs", "at least one source is required";
    problem_no_values: "minst ett värde krävs", "at least one value is required";
    problem_line: "rad {0}", "line {0}";
    problem_bad_date: "{0} är inte ett ISO 8601-datum (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD{1})", "{0} is not an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD{1})";
    problem_or_interval: ", eller ett intervall START/SLUT", ", or an interval START/END";
    problem_bad_url: "{0} är inte en http(s)-adress", "{0} is not an http(s) address";
    problem_bad_email: "{0} är inte en e-postadress (ett namn, @ och en domän, utan mellanslag eller något av < > \" ' ? # % & , ;)", "{0} is not an e-mail address (a name, @ and a domain, with no space and none of < > \" ' ? # % & , ;)";
    problem_keyword_separator: "ett sökord får inte innehålla semikolon (;), som skiljer sökorden åt i tabellerna", "a keyword may not contain a semicolon (;), which separates the keywords in the tables";
    problem_no_contact_way: "en kontakt behöver en e-postadress (email) eller en webbsida (url)", "a contact needs an e-mail address (email) or a web page (url)";
    problem_unknown_theme: "{0} är inte ett av EU:s datateman ({1})", "{0} is not one of the EU's data themes ({1})";
    problem_not_finite: "värdet är inte ett ändligt tal", "value is not a finite number";
    problem_negative: "värdet {0} är negativt", "value {0} is negative";
    problem_not_whole: "antalet {0} är inte ett heltal", "count {0} is not a whole number";
    problem_too_large: "värdet {0} är orimligt stort", "value {0} is implausibly large";
    problem_percent: "procentsatsen {0} ligger utanför 0–100", "percentage {0} is outside 0–100";
    problem_disclosure: "antalet {0} är mellan 1 och 4 personer: publicera \"<5\" i stället (röjanderegeln)", "count {0} is between 1 and 4 people: publish \"<5\" instead (disclosure rule)";
    problem_suppressed_not_people: "\"<5\" får bara användas för antal personer", "\"<5\" is only for counts of people";
    problem_gap_without_note: "ett saknat värde (null) behöver en anteckning som säger varför", "a missing value (null) needs a note saying why";
    problem_out_of_order: "{0} kommer före föregående posts {1}: håll datumordning", "{0} comes before the previous entry's {1}: keep it in date order";
    problem_age_range: "min är större än max", "min is greater than max";
    problem_old_version: "filen har formatversion {0}; konvertera den till version {1} med `cargo run --bin validate -- --migrate FIL` (det lägger till diagrammen som instrumentpanelen visade)",
        "this file is in format version {0}; convert it to version {1} with `cargo run --bin validate -- --migrate FILE` (it adds the charts the dashboard used to show)";
    problem_reserved_id: "id {0} är reserverat för nyckeltalen", "id {0} is reserved for the key figures";
    problem_duplicate_period: "perioden {0} finns redan vid {1}", "period {0} is already listed at {1}";
    problem_cited_alike: "källan citeras som {0}, precis som källan vid {1}, så läsaren kan inte skilja dem åt; ge den ett eget `short_name` eller ett exaktare `date`",
        "the source is cited as {0}, just like the source at {1}, so readers cannot tell them apart; give it a `short_name` of its own or a more precise `date`";
    problem_empty: "listan är tom; minst en post krävs", "the list is empty; at least one entry is required";
    problem_target_count: "en markering ska hänvisa till exakt en post (figure, series, event, party eller service); den här hänvisar till {0}",
        "a mark must refer to exactly one record (figure, series, event, party or service); this one refers to {0}";
    problem_kind_cannot_show: "en panel av typen `{0}` kan inte visa `{1}`; den kan visa {2}", "a `{0}` panel cannot show a `{1}`; it can show {2}";
    problem_label_of_series: "en series markering har ingen kortare `label`: serien namnger sin panel, och panelens `title` namnger den annars", "a series' mark has no shorter `label`: a series names its panel, and the panel's `title` names it otherwise";
    problem_unknown_reference: "`{0}` {1} finns inte i filen", "`{0}` {1} is not in the file";
    problem_left_out: "`{0}` {1} har utelämnats på grund av sina egna fel (se listan ovan)", "`{0}` {1} was left out because of its own problems (see the list above)";
    problem_too_many_marks: "en panel av typen `{0}` visar högst {1} markering; dela upp resten på fler paneler", "a `{0}` panel shows at most {1} mark; put the others in panels of their own";
    problem_not_a_share: "en andel (`share`) ritas av en figur i procent, men den här räknas i `{0}`; visa den som `bars` eller `numbers`", "a `share` panel draws per-cent figures, but this one counts `{0}`; show it as `bars` or `numbers`";
    problem_mixed_units: "lägger {0} och {1} på samma skala; ge var och en sin egen panel", "puts {0} and {1} on one scale; give each its own panel";
    problem_placeholder: "platshållaren {0} kan inte fyllas i: {1}", "placeholder {0} cannot be filled in: {1}";
    problem_placeholders_differ: "svenska och engelska texten har olika platshållare (sv: {0}; en: {1}); de ska säga samma sak",
        "the Swedish and English texts have different placeholders (sv: {0}; en: {1}); they must say the same";
    unresolved_unclosed: "en {-klammer saknar sin }", "a { has no closing }";
    unresolved_name: "okänd platshållare; tillåtna: {0}", "unknown placeholder; allowed: {0}";
    unresolved_arguments: "den tar {0} id åtskilda med :", "it takes {0} ids separated by :";
    unresolved_no_number: "`figure` {0} har inget enskilt tal (det är undertryckt, eller källorna anger olika värden)",
        "`figure` {0} has no single number (it is suppressed, or its sources give different values)";
    unresolved_no_peak: "`series` {0} har ingen punkt med ett tal (varje punkt är undertryckt eller saknar tal)",
        "`series` {0} has no point with a number (each is suppressed or has none)";
    unresolved_count: "{0} kan inte räknas; tillåtna: {1}", "{0} cannot be counted; allowed: {1}";
    unresolved_ratio: "kvoten är under 1,1 eller delar med noll, så den kan inte sägas som ”N gånger så många”",
        "the ratio is below 1.1, or divides by zero, so it cannot be said as “N times as many”";
    unresolved_share: "andelen är över 100 % eller av noll, så den är inte en del av en helhet", "the share is above 100% or of zero, so it is not a part of a whole";
    json_trailing_comma: "ett kommatecken före en avslutande parentes", "a comma before a closing bracket";
    json_other: "ogiltig JSON", "invalid JSON";
    kind_other: "ett annat värde", "another value";
    embed: "Bädda in", "Embed";
    embed_intro: "Visa det här på en annan webbplats. Koden nedan låser språk, tema och vy, så inbäddningen ser likadan ut även om standardvalen ändras.",
        "Show this on another website. The code pins the language, theme and view, so the embed stays the same if the defaults change.";
    embed_theme: "Tema", "Theme";
    theme_auto: "Som besökarens system", "As the visitor's system";
    theme_light: "Ljust", "Light";
    theme_dark: "Mörkt", "Dark";
    embed_iframe: "Enkel iframe (fungerar i alla publiceringsverktyg; fast höjd för en spalt på omkring 600 px)", "Plain iframe (works in every publishing tool; a fixed height, for a column about 600 px wide)";
    embed_code_making: "Koden skrivs …", "Writing the code …";
    embed_code_failed: "Koden kunde inte skrivas. Ladda om sidan och försök igen.", "The code could not be written. Reload the page and try again.";
    embed_loader: "Med skript (höjden anpassar sig)", "With script (the height adapts)";
    embed_link: "Länk att klistra in i WordPress och andra publiceringsverktyg (oEmbed)", "Link to paste into WordPress and other publishing tools (oEmbed)";
    copy: "Kopiera", "Copy";
    listen: "Lyssna", "Listen";
    listen_stop: "Stoppa ljudet", "Stop the sound";
    listen_hint: "Spelar diagrammets tidsserie som toner, från första perioden till sista: en högre ton är ett större tal, en paus en period utan siffra och en bruten ton en osäker siffra.",
        "Plays the chart's time series as tones, from the first period to the last: a higher tone is a larger number, a pause a period without a figure, and a broken tone an uncertain figure.";
    listen_done: "Ljudet är slut.", "The sound has ended.";
    listen_failed: "Ljudet kunde inte spelas. Tabellen visar samma siffror.", "The sound could not be played. The table shows the same figures.";
    copied: "Kopierat till urklipp.", "Copied to the clipboard.";
    copy_failed: "Det gick inte att kopiera. Markera koden och kopiera den själv.", "Could not copy. Select the code and copy it yourself.";
    preview: "Förhandsvisning", "Preview";
    chart_missing: "Diagrammet som adressen nämner finns inte i datan; det kan ha tagits bort eller bytt namn.", "The chart this address names is not in the data; it may have been removed or renamed.";
    embed_list_title: "Diagram att bädda in", "Charts to embed";
    embed_list_intro: "Varje diagram kan visas på en annan webbplats. Öppna ett för att se det som inbäddning.", "Each chart can be shown on another website. Open one to see it as an embed.";
    about_the_data: "om uppgifterna", "about the data";
    open_in_dashboard: "Öppna instrumentpanelen", "Open the full dashboard";
    embed_fallback_link: "Se diagrammet och källorna", "See the chart and its sources";
    data_json: "Datafil (JSON)", "Data (JSON)";
    disagreeing_sources: "Källorna anger olika tal", "The sources give different figures";
    cite_chart: "{0} ({1}): ”{2}”. Diagram och data, version {6}. {3}. Licens: {4}. Hämtad {5}.",
        "{0} ({1}): “{2}”. Chart and data, version {6}. {3}. Licence: {4}. Retrieved {5}.";
    cite_dataset: "{0} ({1}): Datamängd, version {3}. Licens: {2}. Hämtad [datum] från [adressen du laddade ner den från].",
        "{0} ({1}): Dataset, version {3}. Licence: {2}. Retrieved [date] from [the address you downloaded it from].";
    downloads: "Ladda ner och citera", "Download and cite";
    download_csv: "Uppgifter (CSV)", "Data (CSV)";
    download_json: "Uppgifter (JSON)", "Data (JSON)";
    download_png: "Bild (PNG)", "Image (PNG)";
    download_svg: "Bild (SVG)", "Image (SVG)";
    download_bib: "Referens (BibTeX)", "Citation (BibTeX)";
    bib_chart: "Diagram och data. Licens: {0}.", "Chart and data. Licence: {0}.";
    copy_citation: "Kopiera citat", "Copy citation";
    citation: "Citera så här", "Cite as";
    alt_text: "Alternativtext till bilden (PNG)", "Alt text for the image (PNG)";
    copy_alt_text: "Kopiera alternativtexten", "Copy alt text";
    citation_making: "Citatet skrivs …", "Writing the citation …";
    citation_failed: "Citatet kunde inte skrivas. Ladda om sidan och försök igen.", "The citation could not be written. Reload the page and try again.";
    download_failed: "Det gick inte att skapa filen.", "The file could not be made.";
    downloaded: "Filen {0} har laddats ner.", "The file {0} has been downloaded.";
    download_ready: "Filen {0} är klar. Spara den med länken under knapparna.", "The file {0} is ready. Save it with the link below the buttons.";
    download_save: "Spara {0}", "Save {0}";
    image_licence: "Licens {0}", "Licence {0}";
    updated: "Uppdaterad\u{a0}{0}", "Updated\u{a0}{0}";
    source_list_title: "Källförteckning", "List of sources";
    source_uses: "Används för", "Used for";
    source_unused: "Beskriver partnerskapet men inga siffror.", "Describes the partnership but no figures.";
    in_source_list: "i källförteckningen", "in the list of sources";
    }
}

strings! {
    /// The check page's own strings: a table of their own, so that the
    /// dashboard's and the embed's wasm do not carry them (the tables are
    /// kept whole by whichever page reads one of their strings).
    CheckStrings, check_strings {
    check_title: "Kontrollera din datafil", "Check your data file";
    check_intro: "Välj eller släpp en datafil (JSON) eller arbetsboken (.xlsx, .ods). Den kontrolleras här i webbläsaren med samma regler som instrumentpanelen och kommandona validate och import. Om den går att läsa visas den som den instrumentpanel den skulle bli, och när den inte har några problem jämförs den med den publicerade datan.", "Choose or drop a data file (JSON) or the workbook (.xlsx, .ods). It is checked here in your browser by the same rules as the dashboard and the validate and import commands. If it can be read, it is shown as the dashboard it would make, and once it has no problems, it is compared with the published data.";
    check_private: "Filen lämnar aldrig din dator: ingenting skickas och ingenting sparas.", "The file never leaves your computer: nothing is sent and nothing is stored.";
    check_choose: "Datafil (JSON) eller arbetsbok", "Data file (JSON) or workbook";
    check_choose_button: "Välj fil …", "Choose file …";
    check_none_chosen: "Ingen fil vald", "No file chosen";
    check_drop: "eller släpp filen här", "or drop the file here";
    check_start: "Börja från den publicerade datan:", "Start from the published data:";
    check_reading: "Läser {0} …", "Reading {0} …";
    check_ok: "{0}: inga problem. Filen följer formatet.", "{0}: no problems. The file follows the format.";
    check_problems: "{0}: {1}. Ändra det som står nedan och kontrollera filen igen.", "{0}: {1}. Change what is said below and check the file again.";
    check_one_problem: "ett problem", "one problem";
    check_problem_count: "{0} problem", "{0} problems";
    check_unreadable: "{0} kunde inte läsas som text.", "{0} could not be read as text.";
    check_not_workbook: "{0} kunde inte öppnas som arbetsbok (.xlsx, .ods eller .xls).", "{0} could not be opened as a workbook (.xlsx, .ods or .xls).";
    check_import_not_loaded: "{0} kunde inte läsas: sidans kod för arbetsböcker kom inte fram. Kontrollera anslutningen och välj filen igen.", "{0} could not be read: the page's code for workbooks did not arrive. Check your connection and choose the file again.";
    check_rebuilt: "Arbetsboken blev en datafil, och det är datafilen som publiceras.", "The workbook became a data file, and the data file is what is published.";
    check_download: "Ladda ner datafilen ({0})", "Download the data file ({0})";
    check_compared: "Jämfört med den publicerade datan ({0})", "Compared with the published data ({0})";
    check_compare_failed: "Den publicerade datan kunde inte läsas, så filen har inte jämförts med den.", "The published data could not be read, so the file has not been compared with it.";
    check_not_later: "Filens datum (updated) är {0}, inte senare än den publicerade datans. Ge den dagens datum innan den publiceras (i arbetsboken: bladet dataset), så att den publicerade versionen behåller sin adress.", "The file's date (updated) is {0}, not later than the published data's. Give it today's date before it is published (in the workbook: the dataset sheet), so that the published release keeps its address.";
    check_keep_release: "När filen ersätter den publicerade datan ska den publicerade filen ligga kvar som {0}, så att dess adress fortsätter att visa den.", "When the file replaces the published data, keep the published file as {0}, so that its address goes on serving it.";
    check_preview: "Förhandsvisning av din fil", "Preview of your file";
    check_preview_note: "Så här skulle instrumentpanelen se ut med din fil. Det är en förhandsvisning: ingenting är publicerat.", "This is how the dashboard would look with your file. It is a preview: nothing is published.";
    check_parts: "Visa i förhandsvisningen", "Show in the preview";
    check_part_embeds: "Inbäddningar", "Embeds";
    check_preview_files: "Förhandsvisningen erbjuder inte datafilerna, eftersom de på webbplatsen är den publicerade datans. När filen är publicerad finns dess JSON, arbetsbok, CSV och citat här.", "The preview does not offer the data files, since those on the site are the published data's. Once the file is published, its JSON, workbook, CSV and citations are here.";
    check_no_preview: "Filen kan inte visas förrän problemen ovan är åtgärdade.", "The file cannot be shown until the problems above are fixed.";
    check_no_preview_one: "Filen kan inte visas förrän problemet ovan är åtgärdat.", "The file cannot be shown until the problem above is fixed.";
    changes_figures: "Siffror", "Figures";
    changes_series: "Serier", "Series";
    changes_events: "Händelser", "Events";
    changes_charts: "Diagram", "Charts";
    changes_added: "tillagda", "added";
    changes_changed: "ändrade", "changed";
    changes_removed: "borttagna", "removed";
    changes_other: "Källor, partnerskapet eller filens beskrivning ändrade.", "Sources, the partnership or the file's description changed.";
    changes_none: "Inga ändringar i innehållet.", "No change in content.";
    }
}

strings! {
    /// What the dashboard says of the data files and their releases (the
    /// Sources view, a release's page, a release not found): a table of its
    /// own, so that the embeds and the download tools do not carry it.
    DataStrings, data_strings {
    release_note: "Du ser datan som den publicerades {0}.", "You are looking at the data as published on {0}.";
    release_latest: "Visa den senaste datan", "Show the latest data";
    release_missing: "Det finns ingen version av datan från {0}", "There is no release of the data from {0}";
    release_missing_why: "Adressen pekar på en version som inte är publicerad här, kanske för att den är felskriven.", "The address names a release that is not published here; perhaps it is mistyped.";
    data_title: "Ladda ner uppgifterna", "Download the data";
    data_intro: "Hela datamängden med stabila adresser, under licensen {0}. Tabellerna är i CSV (UTF-8, kommatecken) och beskrivs i ett Frictionless Data Package.",
        "The whole dataset at stable addresses, under the licence {0}. The tables are CSV (UTF-8, comma-separated), described by a Frictionless Data Package.";
    data_excel: "För Excel med svenska inställningar", "For Excel with Swedish settings";
    data_workbook: "Hela datasetet som Excel-arbetsbok (.xlsx)", "The whole dataset as an Excel workbook (.xlsx)";
    data_package: "Datapaket (datapackage.json)", "Data Package (datapackage.json)";
    data_check: "Publicerar du siffror i det här formatet? Kontrollera din fil", "Publishing figures in this format? Check your file";
    data_readme: "Beskrivning av filerna och citat (README)", "Description of the files and citation (README)";
    data_release_json: "Uppgifterna i den här versionen (JSON)", "This release's data (JSON)";
    data_release_tables: "Arbetsboken, tabellerna, datapaketet och referenserna (BibTeX) görs av den senaste datan.", "The workbook, the tables, the Data Package and the BibTeX citations are made of the latest data.";
    data_releases: "Alla versioner och vad som ändrades i var och en (CHANGES.md)", "Every release and what changed in each (CHANGES.md)";
    data_cite: "Citera datamängden", "Cite the dataset";
    data_citation: "{0} ({1}): Datamängd, version {2}. {3}. Licens: {4}. Hämtad {5}.", "{0} ({1}): Dataset, version {2}. {3}. Licence: {4}. Retrieved {5}.";
    bib_dataset: "Datamängd. Licens: {0}.", "Dataset. Licence: {0}.";
    data_bibtex: "Referenser för referenshanterare (BibTeX): datamängden och varje diagram", "Citations for reference managers (BibTeX): the dataset and every chart";
    }
}

strings! {
    /// What only the pages the build writes say (read on the host, so no
    /// wasm carries them).
    PageStrings, page_strings {
    no_js_note: "Utan JavaScript visas diagrammen utan interaktion, med en tabell under varje. Att ladda ner ett diagram och att bädda in det behöver JavaScript; alla uppgifter finns också som {0}.", "Without JavaScript the charts are shown without interaction, each with its table. Downloading a chart and embedding it need JavaScript; all the figures are also available as a {0}.";
    no_js_data_file: "datafil (JSON)", "data file (JSON)";
    check_no_js: "Kontrollen av en datafil görs i webbläsaren och behöver JavaScript.", "The check of a data file runs in the browser and needs JavaScript.";
    to_dashboard: "Till instrumentpanelen", "To the dashboard";
    loading_charts: "De interaktiva diagrammen laddas …", "Loading the interactive charts …";
    app_failed: "De interaktiva diagrammen kunde inte laddas. Här visas de utan interaktion, med tabellen under varje diagram. Ladda om sidan för att försöka igen.",
        "The interactive charts could not be loaded. They are shown here without interaction, each with its table under it. Reload the page to try again.";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table's strings in `lang`, key by key.
    fn entries(lang: Lang) -> Vec<(&'static str, &'static str)> {
        let mut all = strings(lang).entries();
        all.extend(check_strings(lang).entries());
        all.extend(data_strings(lang).entries());
        all.extend(page_strings(lang).entries());
        all
    }

    #[test]
    fn every_string_is_present_in_both_languages() {
        let sv = entries(Lang::Sv);
        let en = entries(Lang::En);
        assert_eq!(sv.len(), en.len());
        for ((key, s), (_, e)) in sv.iter().zip(&en) {
            assert!(!s.trim().is_empty(), "{key} is empty in Swedish");
            assert!(!e.trim().is_empty(), "{key} is empty in English");
        }
    }

    #[test]
    fn templates_use_the_same_placeholders_in_both_languages() {
        let holes = |t: &str| -> Vec<String> {
            let mut v: Vec<String> = (0..10)
                .map(|i| format!("{{{i}}}"))
                .filter(|h| t.contains(h.as_str()))
                .collect();
            v.sort();
            v
        };
        for ((key, s), (_, e)) in entries(Lang::Sv).into_iter().zip(entries(Lang::En)) {
            assert_eq!(holes(s), holes(e), "{key}");
        }
        assert_eq!(crate::i18n::fill("{1} och {0}", &["a", "b"]), "b och a");
    }

    #[test]
    fn languages_differ_where_they_should() {
        // A copy-paste of one language into the other would pass the emptiness check.
        let same: Vec<_> = entries(Lang::Sv)
            .into_iter()
            .zip(entries(Lang::En))
            .filter(|((_, s), (_, e))| s == e)
            .map(|((k, _), _)| k)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
