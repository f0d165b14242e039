//! Post-build step run by Trunk (see Trunk.toml): `site DIR`.
//!
//! 1. Replaces Trunk's boot script and preloads with `boot.js`, which loads the
//!    page's own app (the dashboard's, the embed's or the check page's wasm;
//!    Trunk builds the latter two as "workers") once its first view has
//!    painted, and writes the pages'
//!    Content-Security-Policy: `'self'` plus the hashes of the inline blocks: the
//!    boot script, the language picker (`public/lang.js`) and the stylesheet,
//!    and on `embed.html` also its frame script and the rule that shows the
//!    widget its address names.
//! 2. Writes `embed.html`, the chrome-less page partner sites frame, with its
//!    first view: every widget's embed rendered by the app's components in both
//!    languages; a rule in the head shows the one the URL names until the app
//!    replaces it with the same markup (for readers without JavaScript, the URL
//!    fragment picks the widget with CSS `:target`).
//!    And `check.html`, where a publisher checks a data file in the browser.
//! 3. Writes the static downloads beside the dataset in `data/`: tidy CSVs, their
//!    Excel copies, `datapackage.json` and a README with the citation.
//! 4. Writes the first view into `index.html`: the app's own components (the
//!    page, the key figures, every chart with its named marks and sources)
//!    rendered to HTML by Leptos on the host (`app::render`), in both languages:
//!    Swedish as the page, English in an inert template that a one-line script
//!    swaps in before the first paint when `public/lang.js` has chosen English. It is on screen before the wasm starts, the app replaces it
//!    with the same markup, and it is what readers without JavaScript get.
//!    And `page/<section>.<lang>.html`: the same for each section in one
//!    language, which the web server sends for `?lang=…&section=…`.
//! 5. Writes `.gz` and `.br` beside every text asset and the wasm, at the highest
//!    levels (done once per build, not per request), for `gzip_static` and
//!    `brotli_static` in `deploy/nginx/`.

use iop_dashboard::data::{parse_dataset, validate, Dataset};
use iop_dashboard::export::package::File;
#[cfg(not(target_arch = "wasm32"))]
use iop_dashboard::export::picture_footer;
use iop_dashboard::i18n::format::page_title;
use iop_dashboard::i18n::Lang;
#[cfg(not(target_arch = "wasm32"))]
use iop_dashboard::publish::{catalog, jsonld, oembed, PublicUrl};
use iop_dashboard::state::Section;
use std::path::Path;
use std::process::ExitCode;

/// Put after each other language's template in the first view: when the page
/// is in that language, the template's block replaces the default one.
#[cfg(not(target_arch = "wasm32"))]
const FIRST_VIEW_SWAP: &str = r#"
(function(){var t=document.currentScript.previousElementSibling;if(document.documentElement.lang===t.getAttribute('lang')){document.querySelector('#first-view > .fv').replaceWith(t.content);}t.remove();})();
"#;

/// Written after the first view's default block (the other language's, in its
/// template, replaces that block whole). A key figure or chart whose last part
/// has not arrived stays hidden until then (`styles.css`): shown half-built, it
/// would move what the reader already sees.
#[cfg(not(target_arch = "wasm32"))]
const FIRST_VIEW_END: &str = "<i class=\"fv-end\" hidden></i>\n";

/// The pages' policy; `{script}` and `{style}` become the hashes of the page's
/// inline scripts (which must run before the first paint) and styles (inlined so
/// the first paint needs no second round trip).
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{script}; style-src 'self'{style}; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// The value of attribute `name` in a start tag (quoted or, as Trunk's minifier
/// leaves it, bare).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let i = rest.find(name)?;
        let before = rest[..i].chars().last();
        let after = &rest[i + name.len()..];
        rest = after;
        if !matches!(before, Some(' ' | '\n' | '\t')) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        return Some(match value.strip_prefix('"') {
            Some(quoted) => &quoted[..quoted.find('"')?],
            None => {
                let end = value.find([' ', '>', '\n', '\t']).unwrap_or(value.len());
                value[..end].trim_end_matches('/')
            }
        });
    }
}

/// Cuts the `<link>` tags that `pick` selects out of the page; returns the page
/// and the tags.
fn take_links(html: &str, pick: impl Fn(&str) -> bool) -> (String, Vec<String>) {
    let mut out = String::with_capacity(html.len());
    let mut taken = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<link") {
        let Some(len) = rest[i..].find('>') else {
            break;
        };
        let tag = &rest[i..=i + len];
        out.push_str(&rest[..i]);
        if pick(tag) {
            taken.push(tag.to_string());
        } else {
            out.push_str(tag);
        }
        rest = &rest[i + len + 1..];
    }
    out.push_str(rest);
    (out, taken)
}

/// Where Trunk's boot script found the dashboard's app: the glue file and
/// the wasm's address.
#[derive(Debug, PartialEq)]
struct TrunkApp {
    glue: String,
    wasm: String,
}

/// Cuts Trunk's boot script and its preloads out of the page, so each page
/// can be given the boot of its own app (`with_boot`). The data's early
/// request becomes the language script's (public/lang.js): only a script can
/// see which release the address names, and the app takes its answer up.
fn without_trunk_boot(html: &str) -> Result<(String, TrunkApp), String> {
    let (rest, links) = take_links(html, |tag| {
        matches!(attr(tag, "rel"), Some("modulepreload" | "preload"))
            && matches!(attr(tag, "as"), None | Some("fetch"))
    });
    let find = |rel: &str, suffix: &str| {
        links.iter().find(|l| {
            attr(l, "rel") == Some(rel) && attr(l, "href").is_some_and(|h| h.ends_with(suffix))
        })
    };
    let href = |l: &str| attr(l, "href").unwrap_or("").to_string();
    let (Some(glue), Some(wasm)) = (find("modulepreload", ".js"), find("preload", ".wasm")) else {
        return Err("index.html has no preloads of the app's glue and wasm from Trunk".into());
    };
    // Trunk's minifier drops the quotes of attribute values.
    let start = ["<script type=\"module\">", "<script type=module>"]
        .iter()
        .find_map(|open| rest.find(open))
        .ok_or("no inline module script in index.html")?;
    let end = rest[start..]
        .find("</script>")
        .ok_or("unterminated script")?
        + start
        + "</script>".len();
    let mut page = format!("{}{}", &rest[..start], &rest[end..]);
    if let Some(data) = find("preload", ".json") {
        let named = page
            .find(DATA_LATEST)
            .ok_or("public/lang.js does not read data-latest")?;
        let tag = page[..named]
            .rfind("<script>")
            .ok_or("no <script> around public/lang.js")?;
        page.insert_str(
            tag + "<script".len(),
            &format!(" {DATA_LATEST}={}", href(data)),
        );
    }
    let app = TrunkApp {
        glue: href(glue),
        wasm: href(wasm),
    };
    Ok((page, app))
}

/// Gives the page the boot of one app: `glue` is its wasm-bindgen glue, `wasm`
/// its address. The wasm's preload goes to the top of the head, so it is
/// asked for as soon as the page's first bytes are in: on a slow line a
/// request's round trip is most of its time, and the whole page (first view
/// included) is in before its answer starts, so it does not hold the first
/// view up. It has no `integrity`: the boot script's `fetch` must match the
/// preload to reuse it, and a checked body is held until its end, so the wasm
/// could not compile while it downloads. The glue goes into the page, at its
/// end, with the boot script (`boot.js`, its URL and the glue's start function
/// filled in): its bytes arrive while the line would wait for the wasm's first
/// ones, instead of sharing the line with the wasm as a file of its own would.
/// The script is inline, so its hash goes into the CSP with the others.
fn with_boot(page: &str, glue: &str, wasm: &str) -> Result<String, String> {
    if glue.contains("</script") {
        return Err(format!(
            "the glue of {wasm} cannot go inline: it holds </script"
        ));
    }
    let init = default_export(glue).ok_or_else(|| {
        format!("the wasm-bindgen glue of {wasm} has no `export {{ … as default }}`")
    })?;
    let boot = include_str!("boot.js")
        .replace("GLUE_INIT", init)
        .replace("WASM_URL", &format!("{wasm:?}"));
    let mut page = page.to_string();
    // `crossorigin`: an embed in a sandboxed frame (an opaque origin) asks
    // for its files cross-origin.
    let preload =
        format!("<link rel=preload href={wasm} as=fetch type=application/wasm crossorigin>");
    let title = page.find("</title>").ok_or("no <title> in index.html")? + "</title>".len();
    page.insert_str(title, &preload);
    let body_end = page.rfind("</body>").ok_or("no </body> in index.html")?;
    page.insert_str(
        body_end,
        &format!("<script type=module>\n{}\n{boot}</script>\n", glue.trim()),
    );
    Ok(page)
}

/// Gives a page's boot module the address of a wasm its app imports later
/// (`loader.js`, `src/app/tools.rs`), as the function `name`: its glue `js`
/// and its wasm, files of their own that nothing asks for until a reader
/// needs them (a chart's downloads; a workbook on the check page).
fn with_loader(page: &str, name: &str, js: &str, wasm: &str) -> Result<String, String> {
    const MODULE: &str = "<script type=module>\n";
    let at = page.rfind(MODULE).ok_or("no boot module in the page")? + MODULE.len();
    let loader = include_str!("loader.js")
        .replace("LOADER_JS", &format!("{js:?}"))
        .replace("LOADER_WASM", &format!("{wasm:?}"))
        .replace("LOADER_LOAD", &format!("{name}Load"))
        .replace("LOADER", name);
    let mut page = page.to_string();
    page.insert_str(at, &loader);
    Ok(page)
}

/// The text of a glue file Trunk wrote, which goes into the page (`with_boot`):
/// the file goes, as nothing loads it.
fn take_glue(dir: &Path, path: &str) -> Result<String, String> {
    let file = dir.join(path);
    let text = read_text(&file)?;
    remove(&file)?;
    Ok(text)
}

/// The name the glue's start function has inside the glue (`export {
/// initSync, __wbg_init as default };`), which the boot script, written
/// after it in the same module, calls.
fn default_export(glue: &str) -> Option<&str> {
    let list = &glue[glue.rfind("export {")? + "export {".len()..];
    let list = &list[..list.find('}')?];
    list.split(',').find_map(|item| {
        let (name, alias) = item.trim().split_once(" as ")?;
        (alias.trim() == "default").then(|| name.trim())
    })
}

/// The language script's attribute that names the data file to ask for early.
const DATA_LATEST: &str = "data-latest";

/// The page without the data's early request: the check page reads the
/// reader's own file.
fn without_data_latest(html: &str) -> String {
    let Some(at) = html.find(&format!(" {DATA_LATEST}=")) else {
        return html.to_string();
    };
    let end = html[at..].find('>').map_or(html.len(), |i| at + i);
    format!("{}{}", &html[..at], &html[end..])
}

/// The contents of the page's inline `<tag>` elements (scripts without `src`,
/// and not data blocks).
fn inline_blocks<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut blocks = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        let (Some(gt), Some(end)) = (after.find('>'), after.find(&close)) else {
            break;
        };
        // A data block (the schema.org markup) is never run: no hash for it.
        if gt < end && !after[..gt].contains("src=") && !after[..gt].contains("application/ld+json")
        {
            blocks.push(&after[gt + 1..end]);
        }
        rest = &after[end + close.len()..];
    }
    blocks
}

/// ` 'sha256-…'` for each inline `<tag>` element of the page.
fn hashes(html: &str, tag: &str) -> String {
    inline_blocks(html, tag)
        .into_iter()
        .map(|block| format!(" 'sha256-{}'", host::sha256_base64(block.as_bytes())))
        .collect()
}

/// The page's policy: its inline blocks by hash, and the style attributes the
/// rendered charts carry (a mark's place: `--lift:0.18`), each by hash too, as
/// `'unsafe-hashes'` allows: no other style attribute can apply.
fn with_csp(html: &str, style_attributes: &[String]) -> Result<String, String> {
    let charset = ["<meta charset=\"utf-8\">", "<meta charset=utf-8>"]
        .into_iter()
        .find(|m| html.contains(m))
        .ok_or("no <meta charset> in the page")?;
    let mut style = hashes(html, "style");
    if !style_attributes.is_empty() {
        style.push_str(" 'unsafe-hashes'");
        for a in style_attributes {
            style.push_str(&format!(" 'sha256-{}'", host::sha256_base64(a.as_bytes())));
        }
    }
    let policy = CSP
        .replace("{script}", &hashes(html, "script"))
        .replace("{style}", &style);
    Ok(html.replacen(
        charset,
        &format!("{charset}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
        1,
    ))
}

/// The static first view: the app's own components rendered to HTML (the
/// overview, every chart with its marks, names and sources), one block per
/// language; `public/lang.js` shows one before the first paint. Each block has
/// its own ids (`--sv`, `--en`), so its labels and skip links point inside it;
/// the SVG patterns the marks fill with are written once, before the blocks.
/// Returns the HTML and the page's style attributes, whose hashes the policy
/// must allow. `langs` are the languages written, the first as the page;
/// `section` the part of the dashboard.
#[cfg(not(target_arch = "wasm32"))]
fn first_view(
    d: &Dataset,
    langs: &[Lang],
    section: Section,
) -> Result<(String, Vec<String>), String> {
    use iop_dashboard::app::render;
    let loaded = loaded(d);
    let mut styles = Vec::new();
    let mut out = String::from("<div id=\"first-view\">\n");
    out.push_str(&render::patterns());
    for (i, &lang) in langs.iter().enumerate() {
        let page = render::page(&loaded, lang, section);
        // One language: the page's own ids, as the app writes them (the
        // other pages link to them: `?section=sources#source-…`).
        let suffix = (langs.len() > 1).then(|| lang.code());
        let (page, mut style) = host::own_ids(&page, suffix)?;
        styles.append(&mut style);
        let block = format!(
            "<div class=\"fv\" lang=\"{}\">\n{}\n{page}\n</div>",
            lang.code(),
            render::charts_status(lang, section),
        );
        if i == 0 {
            // The default language is the page (and what readers without
            // JavaScript get).
            out.push_str(&block);
            out.push('\n');
            out.push_str(FIRST_VIEW_END);
        } else {
            // Another language waits inert in a template (parsed, never styled
            // or laid out), and takes the default's place before the first
            // paint when the page is in that language.
            out.push_str(&format!(
                "<template class=\"fv-later\" lang=\"{}\">{block}</template>\n<script>{}</script>\n",
                lang.code(),
                FIRST_VIEW_SWAP.trim(),
            ));
        }
    }
    out.push_str("</div>\n");
    styles.sort();
    styles.dedup();
    Ok((out, styles))
}

#[cfg(target_arch = "wasm32")]
fn first_view(
    _d: &Dataset,
    _langs: &[Lang],
    _section: Section,
) -> Result<(String, Vec<String>), String> {
    Err("site runs on the host".into())
}

/// Where the build writes the page of one section in one language: what the
/// web server sends for `?lang=…&section=…` (deploy/nginx/), so a reader
/// without JavaScript can follow the dashboard's own links between its
/// sections and languages.
fn section_page_path(section: Section, lang: Lang) -> String {
    format!("page/{}.{}.html", section.id(), lang.code())
}

/// Width of the chart pictures: narrow enough that their text stays readable
/// when a phone scales them down, as it would a wide export.
#[cfg(not(target_arch = "wasm32"))]
const PICTURE_WIDTH: f64 = 480.0;

/// Every view's chart in both languages (the build reads the file strictly, so
/// every view can be drawn), drawn from the export's SVG scene and published
/// beside the data (`charts/<view>-<lang>.svg` in `data/`) for a link that
/// should show a chart as a picture; each credited with its address on the
/// dashboard at `site`.
#[cfg(not(target_arch = "wasm32"))]
fn pictures(d: &Dataset, site: &PublicUrl) -> Vec<File> {
    use iop_dashboard::chart::{build, image};
    use iop_dashboard::state::ViewState;
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for view in &d.views {
            if let Ok(chart) = build(view, d, lang) {
                // The address the dashboard itself shows for the chart: short
                // enough for a line of the picture.
                let at = ViewState {
                    lang: Some(lang),
                    chart: Some(view.id.clone()),
                    ..ViewState::default()
                };
                let footer = picture_footer(&chart, d, lang, &site.join(&at.to_query()));
                out.push(File {
                    path: format!("charts/{}-{}.svg", view.id, lang.code()),
                    bytes: image::svg(&image::scene_at(&chart, &footer, PICTURE_WIDTH))
                        .into_bytes(),
                });
            }
        }
    }
    out
}

/// The citations for a reference manager (`export::bibtex`), a file per
/// language: the dataset's, at its Sources view, then every view's chart,
/// at the address its downloads cite, both at the release the build
/// publishes.
#[cfg(not(target_arch = "wasm32"))]
fn citations(d: &Dataset, site: &PublicUrl) -> Vec<File> {
    use iop_dashboard::chart::build;
    use iop_dashboard::embed::Embed;
    use iop_dashboard::export::bibtex;
    use iop_dashboard::state::ViewState;
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let sources = ViewState::cited_sources(lang, &d.updated);
            let mut text = bibtex::dataset(d, lang, &site.join(&sources.to_query()));
            for chart in d.views.iter().filter_map(|v| build(v, d, lang).ok()) {
                let url = Embed::cited(&chart.id, lang, &d.updated).dashboard_url(site.as_str());
                text.push('\n');
                text.push_str(&bibtex::chart(&chart, d, lang, &url));
            }
            File {
                path: bibtex::citations_file(lang),
                bytes: text.into_bytes(),
            }
        })
        .collect()
}

/// The embed page's first view: every widget as the app draws its embed
/// (`render::embed`), in each language, each rendering with its own ids. Returns
/// the style for the page's head, which shows the widget and language that
/// `embed-frame.js` has put on `<html data-first>` before the first paint (the
/// others are never laid out), the HTML, and its style attributes. Without
/// scripts, the URL's fragment (`#widget`) picks the Swedish one (all of them
/// without a fragment), as the dashboard's first view is Swedish.
///
/// `only` keeps one widget in one language: the page the web server sends
/// for that widget's address (`embed/<id>.<lang>.html`), with its oEmbed
/// discovery link and nothing else to parse.
#[cfg(not(target_arch = "wasm32"))]
fn embed_first_view(
    d: &Dataset,
    only: Option<(&str, Lang)>,
) -> Result<(String, String, Vec<String>), String> {
    use iop_dashboard::app::render;
    use iop_dashboard::embed::Widget;
    let loaded = loaded(d);
    let mut shown = Vec::new();
    let mut without_scripts = Vec::new();
    let mut styles = Vec::new();
    let mut html = String::from("<div id=\"first-view\" class=\"embed-first\">\n");
    html.push_str(&render::patterns());
    for widget in Widget::all(d) {
        let id = widget.id();
        if only.is_some_and(|(w, _)| w != id) {
            continue;
        }
        if !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("widget id {id:?} is not a plain name"));
        }
        // The fragment's target exists only without scripts (a `<noscript>`
        // is text when they run): with them, a target would make the browser
        // scroll to it, and in a frame of the same origin scroll the page the
        // embed is on.
        html.push_str(&format!(
            "<noscript><i id=\"{id}\"></i></noscript><section class=\"ef\" data-w=\"{id}\">\n"
        ));
        without_scripts.push(format!(
            "html:not(.js) body:has(#{id}:target) [data-w=\"{id}\"]"
        ));
        for lang in Lang::ALL {
            if only.is_some_and(|(_, l)| l != lang) {
                continue;
            }
            let code = lang.code();
            if only.is_some() {
                // Without scripts, a widget's own page shows its one language.
                without_scripts.push(format!("html:not(.js) .ef > [lang=\"{code}\"]"));
            }
            let (page, mut style) = host::own_ids(
                &render::embed(&loaded, &widget, lang),
                Some(&format!("{id}-{code}")),
            )?;
            styles.append(&mut style);
            html.push_str(&format!("<div lang=\"{code}\">\n{page}\n</div>\n"));
            shown.push(format!(
                "html[data-first=\"{id}\"][lang=\"{code}\"] [data-w=\"{id}\"], html[data-first=\"{id}\"][lang=\"{code}\"] [data-w=\"{id}\"] > [lang=\"{code}\"]"
            ));
        }
        html.push_str("</section>\n");
    }
    html.push_str(FIRST_VIEW_END);
    html.push_str("</div>\n");
    styles.sort();
    styles.dedup();
    shown.append(&mut without_scripts);
    let style = format!("<style>{}{{display:block}}</style>", shown.join(","));
    Ok((style, html, styles))
}

#[cfg(target_arch = "wasm32")]
fn embed_first_view(
    _d: &Dataset,
    _only: Option<(&str, Lang)>,
) -> Result<(String, String, Vec<String>), String> {
    Err("site runs on the host".into())
}

/// The data as the app holds it once read (the build reads the file strictly,
/// so nothing was skipped or withheld).
#[cfg(not(target_arch = "wasm32"))]
fn loaded(d: &Dataset) -> iop_dashboard::app::Loaded {
    use std::sync::Arc;
    iop_dashboard::app::Loaded {
        dataset: Arc::new(d.clone()),
        skipped: Arc::new(Vec::new()),
        withheld: Arc::new(Vec::new()),
        // Nothing is downloaded from the build's rendering.
        text: None,
    }
}

/// `index.html`'s title and description (its meta tag's text), which every
/// page built from it replaces with its own.
const INDEX_TITLE: &str = "<title>IOP Ensamkommande i Göteborg</title>";
const INDEX_DESCRIPTION: &str = "Vad partnerskapet mellan Göteborgs Stad och idéburna organisationer för ensamkommande barn åstadkom, med källor.";

/// `page` named `title` and described by `description` (what a search engine
/// or a link's preview shows): each page the build writes takes both from the
/// data file, as the app names it once it runs, not from `index.html`.
fn named(page: &str, title: &str, description: &str) -> Result<String, String> {
    use iop_dashboard::embed::escape;
    let page = replaced_once(
        page,
        INDEX_TITLE,
        &format!("<title>{}</title>", escape(title)),
    )?;
    replaced_once(&page, INDEX_DESCRIPTION, &escape(description))
}

/// The text of the file at `path`.
fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("read {}: {e}", path.display()))
}

/// Removes the file at `path` (one the build has made inline).
fn remove(path: &Path) -> Result<(), String> {
    std::fs::remove_file(path).map_err(|e| format!("remove {}: {e}", path.display()))
}

/// Writes `bytes` to `path`, making its folders first.
fn write_file(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("write {}: {e}", path.display()))
}

/// `page` with `from` replaced by `to` once; the build stops if `from` is not
/// there (a page that kept another's language or title would be served as is).
fn replaced_once(page: &str, from: &str, to: &str) -> Result<String, String> {
    if !page.contains(from) {
        return Err(format!("index.html has no {from}"));
    }
    Ok(page.replacen(from, to, 1))
}

/// `page` (index.html, in Swedish) marked as in `lang`. Trunk's minifier
/// (release builds) leaves the attribute unquoted; `trunk serve` does not.
fn in_language(page: &str, lang: Lang) -> Result<String, String> {
    let from = ["<html lang=sv>", "<html lang=\"sv\">"]
        .into_iter()
        .find(|f| page.contains(f))
        .ok_or("index.html has no <html lang=sv>")?;
    replaced_once(page, from, &format!("<html lang={}>", lang.code()))
}

/// `page` with its `<noscript>` block (where `index.html` keeps the place of
/// each page's note for readers without JavaScript) replaced by `with`.
fn with_noscript_replaced(page: &str, with: &str) -> Result<String, String> {
    let start = page
        .find("<noscript>")
        .ok_or("no <noscript> in index.html")?;
    let end = page[start..]
        .find("</noscript>")
        .ok_or("unterminated <noscript>")?
        + start
        + "</noscript>".len();
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

/// The check page's note for readers without JavaScript (`render`).
#[cfg(not(target_arch = "wasm32"))]
fn check_noscript() -> Result<String, String> {
    Ok(iop_dashboard::app::render::check_noscript())
}

#[cfg(target_arch = "wasm32")]
fn check_noscript() -> Result<String, String> {
    Err("site runs on the host".into())
}

/// `embed.html`: the dashboard's page with the embed's first view in the
/// template's `<noscript>` place (the first view is what readers without
/// JavaScript get), and `embed-frame.js` inline (it sets the theme and the
/// widget before the first paint, so it must not wait for a request).
fn embed_page(
    index: &str,
    (style, first_view): (String, String),
    frame_script: &str,
    head: &str,
    (title, description): (&str, &str),
) -> Result<String, String> {
    let page = with_noscript_replaced(index, &first_view)?;
    let page = replaced_once(&page, "<body>", "<body class=\"embed\">")?;
    let page = replaced_once(
        &page,
        "</title>",
        &format!(
            "</title>\n  {head}<script>{}</script>{style}",
            frame_script.trim()
        ),
    )?;
    named(&page, title, description)
}

/// What the build publishes beyond the dashboard (issue 18): one embed page
/// per widget and language with its oEmbed discovery link, the oEmbed
/// answers, the releases, and, when the file describes itself for
/// catalogues, the DCAT-AP-SE catalogue; returns the schema.org markup for the
/// dashboard's head (empty without that description).
#[cfg(not(target_arch = "wasm32"))]
fn beyond(
    dir: &Path,
    dataset: &Dataset,
    text: &str,
    index: &str,
    frame_script: &str,
) -> Result<String, String> {
    let site = public_url()?;
    for file in pictures(dataset, &site)
        .into_iter()
        .chain(citations(dataset, &site))
    {
        write_file(&dir.join("data").join(&file.path), &file.bytes)?;
    }
    // One page per widget and language, with its oEmbed discovery link: what
    // the web server sends for that widget's embed address (deploy/nginx/).
    for widget in iop_dashboard::embed::Widget::all(dataset) {
        for lang in Lang::ALL {
            let (style, first, style_attributes) =
                embed_first_view(dataset, Some((widget.id(), lang)))?;
            let link = oembed::discovery_link(&site, &widget, lang, dataset);
            // Named as its frame and its oEmbed answer are: "Boendeplatser
            // 2015 – IOP …".
            let title = oembed::embed(&widget, lang).frame_title(dataset);
            let described = (title.as_str(), lang.pick(&dataset.description));
            let page = embed_page(index, (style, first), frame_script, &link, described)?;
            let path = dir.join(format!("embed/{}.{}.html", widget.id(), lang.code()));
            write_file(&path, with_csp(&page, &style_attributes)?)?;
        }
    }
    for (path, json) in oembed::answers(dataset, &site) {
        write_file(&dir.join(path), json)?;
    }
    let issued = host::releases(dir, text, dataset)?;
    let markup = match &dataset.catalogue {
        Some(c) => {
            let downloads = host::downloads(dir)?;
            let rdf = catalog::catalog(dataset, c, &site, &downloads, &issued)?;
            write_file(&dir.join("data").join(catalog::CATALOG_FILE), rdf)?;
            jsonld::script(&jsonld::dataset(dataset, c, &site, &downloads))
        }
        None => {
            println!("site: the data file has no catalogue description: no catalog.rdf and no schema.org markup written");
            String::new()
        }
    };
    Ok(markup)
}

#[cfg(target_arch = "wasm32")]
fn beyond(
    _dir: &Path,
    _dataset: &Dataset,
    _text: &str,
    _index: &str,
    _frame_script: &str,
) -> Result<String, String> {
    Err("site runs on the host".into())
}

/// The dashboard's public address, from `IOP_PUBLIC_URL`: the oEmbed
/// answers, the catalogue and the schema.org markup can only give absolute
/// addresses. A release build without it stops and says so (a catalogue
/// pointing at the wrong host would be harvested as it is); `trunk serve`
/// (a debug build) gets the address it serves at.
#[cfg(not(target_arch = "wasm32"))]
fn public_url() -> Result<PublicUrl, String> {
    match std::env::var("IOP_PUBLIC_URL") {
        Ok(url) => PublicUrl::parse(&url).map_err(|e| format!("IOP_PUBLIC_URL: {e}")),
        Err(_) if std::env::var("TRUNK_PROFILE").as_deref() == Ok("debug") => {
            PublicUrl::parse("http://127.0.0.1:8080/")
        }
        Err(_) => Err("set IOP_PUBLIC_URL to the address the dashboard is published at, ending in / (IOP_PUBLIC_URL=https://data.example.se/iop/ trunk build --release); the catalogue, the oEmbed answers and the schema.org markup give it to other sites".into()),
    }
}

/// The data file as the build publishes it: read strictly and checked by every
/// rule of the validator (as `validate` and check.html do), or every problem
/// listed, so a file with any problem never goes live.
fn publishable(text: &str) -> Result<Dataset, String> {
    let issues = match parse_dataset(text) {
        Ok(d) => match validate(&d) {
            problems if problems.is_empty() => return Ok(d),
            problems => problems,
        },
        Err(issues) => issues,
    };
    let list: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
    Err(format!("the bundled data is invalid:\n{}", list.join("\n")))
}

fn run(dir: &Path) -> Result<(), String> {
    let index_path = dir.join("index.html");
    let index = read_text(&index_path)?;
    let data_path = dir.join("data/iop-ensamkommande.json");
    let text = read_text(&data_path)?;
    let dataset = publishable(&text)?;
    let mut files = host::download_files(&dataset);
    files.push(File {
        path: iop_dashboard::export::package::WORKBOOK_FILE.into(),
        bytes: host::workbook(&dataset).map_err(|e| format!("workbook: {e}"))?,
    });
    for file in &files {
        write_file(&dir.join("data").join(&file.path), &file.bytes)?;
    }
    let (without_boot, dashboard) = without_trunk_boot(&index)?;
    let index = with_boot(
        &without_boot,
        &take_glue(dir, &dashboard.glue)?,
        &dashboard.wasm,
    )?;
    // The pages whose charts have downloads (the dashboard, the check page's
    // preview) know where the tools are; the check page, its workbook import.
    let later = |bin: &str| -> Result<(String, String), String> {
        Ok((
            format!("./{}", host::hashed_name(dir, &format!("{bin}.js"))?),
            format!("./{}", host::hashed_name(dir, &format!("{bin}_bg.wasm"))?),
        ))
    };
    let tools = later("iop-tools")?;
    let import = later("iop-import")?;
    let index = with_loader(&index, "iopTools", &tools.0, &tools.1)?;
    let app_page = |bin: &str| -> Result<String, String> {
        let wasm = host::hashed_name(dir, &format!("{bin}_bg.wasm"))?;
        with_boot(
            &without_boot,
            &take_glue(dir, &format!("{bin}.js"))?,
            &format!("./{wasm}"),
        )
    };
    let embed_index = app_page("iop-embed")?;
    let check_index = with_loader(
        &with_loader(&app_page("iop-check")?, "iopTools", &tools.0, &tools.1)?,
        "iopImport",
        &import.0,
        &import.1,
    )?;
    let frame_script = read_text(&dir.join("embed-frame.js"))?;
    let (style, first, style_attributes) = embed_first_view(&dataset, None)?;
    let words = iop_dashboard::i18n::strings(Lang::Sv);
    let check_words = iop_dashboard::i18n::check_strings(Lang::Sv);
    // The page with every widget (the frame script shows the one its address
    // names): named as the app names it until it knows which ("Diagram att
    // bädda in – IOP …").
    let title = page_title(words.embed_list_title, &dataset.title.sv);
    let described = (title.as_str(), dataset.description.sv.as_str());
    let embed = embed_page(&embed_index, (style, first), &frame_script, "", described)?;
    write_file(
        &dir.join("embed.html"),
        with_csp(&embed, &style_attributes)?,
    )?;
    // Inline now; nothing loads the file.
    remove(&dir.join("embed-frame.js"))?;
    let markup = beyond(dir, &dataset, &text, &embed_index, &frame_script)?;
    // The page where a publisher checks a file: the dashboard's page with the
    // checker's app; no first view (there is no file yet), and a note of its
    // own for readers without JavaScript.
    let check = named(
        &with_noscript_replaced(&without_data_latest(&check_index), &check_noscript()?)?,
        // As its app names it: it checks any file, so the site's name is the
        // dashboard's own, not the bundled file's title.
        &page_title(check_words.check_title, words.site_title),
        check_words.check_intro,
    )?;
    write_file(&dir.join("check.html"), with_csp(&check, &[])?)?;
    // The note for readers without JavaScript is in each page's column, in
    // its language (`render::page`): the template's goes.
    let index = with_noscript_replaced(&index, "")?;
    // The policy is written for the page with its first view: the view's
    // language swap is an inline script too.
    let with_first = |(first, style_attributes): (String, Vec<String>)| {
        with_csp(
            &index
                .replacen("<body>", &format!("<body>\n{first}"), 1)
                .replacen("</title>", &format!("</title>\n  {markup}"), 1),
            &style_attributes,
        )
    };
    // The dashboard's address: Swedish, English waiting in a template for the
    // reader whose browser asks for it.
    let page = with_first(first_view(&dataset, &Lang::ALL, Section::Overview)?)?;
    let page = named(
        &page,
        &iop_dashboard::app::document_title(Some(&dataset.title), Lang::Sv, Section::Overview),
        &dataset.description.sv,
    )?;
    write_file(&index_path, page)?;
    // Each section in each language, for the addresses that name them.
    for section in Section::ALL {
        for lang in Lang::ALL {
            let title = iop_dashboard::app::document_title(Some(&dataset.title), lang, section);
            let page = with_first(first_view(&dataset, &[lang], section)?)?;
            let page = in_language(&page, lang)?;
            let page = named(&page, &title, lang.pick(&dataset.description))?;
            write_file(&dir.join(section_page_path(section, lang)), page)?;
        }
    }
    // Debug builds (trunk serve while editing) skip it: brotli at level 11 is slow.
    if std::env::var("TRUNK_PROFILE").as_deref() != Ok("debug") {
        host::compress_tree(dir)?;
    }
    Ok(())
}

/// What only the host can do; the wasm target merely type-checks this binary.
#[cfg(target_arch = "wasm32")]
mod host {
    pub fn sha256_base64(_bytes: &[u8]) -> String {
        unreachable!("site runs on the host")
    }
    pub fn hashed_name(_dir: &std::path::Path, _file: &str) -> Result<String, String> {
        Err("site runs on the host".into())
    }
    pub fn workbook(_d: &iop_dashboard::data::Dataset) -> Result<Vec<u8>, String> {
        Err("site runs on the host".into())
    }
    pub fn compress_tree(_dir: &std::path::Path) -> Result<usize, String> {
        Err("site runs on the host".into())
    }
    pub fn download_files(
        _d: &iop_dashboard::data::Dataset,
    ) -> Vec<iop_dashboard::export::package::File> {
        Vec::new()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::cell::RefCell;
    use std::io::Write;
    use std::path::Path;

    /// Gives every id in `html` the suffix `--{lang}` (none when `lang` is
    /// `None`: the page's only rendering, whose ids other pages' links name),
    /// and every reference to one (labels, descriptions, `for`, `#fragment`
    /// links) the same, so two renderings of one page can share a document;
    /// drops the SVG patterns (written once for the page) and returns the
    /// style attributes found.
    pub fn own_ids(html: &str, lang: Option<&str>) -> Result<(String, Vec<String>), String> {
        use lol_html::{element, rewrite_str, RewriteStrSettings};
        let suffix = lang.map(|l| format!("--{l}")).unwrap_or_default();
        let tokens = |v: &str| {
            v.split_whitespace()
                .map(|t| format!("{t}{suffix}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let styles = RefCell::new(Vec::new());
        let timed = std::cell::Cell::new(false);
        let out = rewrite_str(
            html,
            RewriteStrSettings {
                element_content_handlers: vec![
                    element!("svg.patterns", |el| {
                        el.remove();
                        Ok(())
                    }),
                    element!("*", |el| {
                        for name in [
                            "id",
                            "for",
                            "aria-labelledby",
                            "aria-describedby",
                            "aria-controls",
                        ] {
                            if let Some(v) = el.get_attribute(name) {
                                el.set_attribute(name, &tokens(&v))?;
                            }
                        }
                        if let Some(href) = el.get_attribute("href").filter(|h| h.starts_with('#'))
                        {
                            el.set_attribute("href", &format!("{href}{suffix}"))?;
                        }
                        if let Some(style) = el.get_attribute("style") {
                            styles.borrow_mut().push(style);
                        }
                        // The first chart's first value: when it is painted, the
                        // first chart is on screen (the benchmark's Element Timing).
                        let value = el.get_attribute("class").is_some_and(|c| {
                            c.split_whitespace()
                                .any(|c| c == "mark-value" || c == "number-value")
                        });
                        if value && !timed.replace(true) {
                            el.set_attribute("elementtiming", "iop:first-chart")?;
                        }
                        Ok(())
                    }),
                ],
                ..RewriteStrSettings::new()
            },
        )
        .map_err(|e| format!("first view: {e}"))?;
        Ok((out, styles.into_inner()))
    }

    /// The releases (`data/releases/`): the ones kept in the repository,
    /// which Trunk copied, and the file being published, under its date.
    /// Writes the index and the change list; returns the first release's
    /// date (when the dataset was first issued). A release's address never
    /// changes what it serves: a kept release of the file's own date that
    /// differs from the file stops the build, as does a kept release newer
    /// than the file.
    pub fn releases(
        dir: &Path,
        text: &str,
        d: &iop_dashboard::data::Dataset,
    ) -> Result<String, String> {
        use iop_dashboard::publish::releases::{
            self, change_list, changes, index, is_release_date,
        };
        let data = dir.join("data");
        let folder = data.join(releases::DIR);
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("create {}: {e}", folder.display()))?;
        let current = data.join(releases::path(&d.updated));
        match std::fs::read_to_string(&current) {
            Ok(kept) if kept != text => {
                return Err(format!(
                    "data/{} differs from the data file, whose date ({}) names that release: a release's address must keep what it serves, so give the new file today's date in `updated`",
                    releases::path(&d.updated),
                    d.updated
                ))
            }
            Ok(_) => {}
            Err(_) => {
                if let Some(parent) = current.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| format!("create {}: {e}", parent.display()))?;
                }
                std::fs::write(&current, text)
                    .map_err(|e| format!("write {}: {e}", current.display()))?;
            }
        }
        let mut dates: Vec<String> = std::fs::read_dir(&folder)
            .map_err(|e| format!("read {}: {e}", folder.display()))?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| is_release_date(name) && data.join(releases::path(name)).is_file())
            .collect();
        dates.sort();
        if dates.last() != Some(&d.updated) {
            return Err(format!(
                "a kept release ({}) is newer than the data file's date ({})",
                dates.last().map_or("", String::as_str),
                d.updated
            ));
        }
        let mut list = Vec::new();
        let mut previous: Option<serde_json::Value> = None;
        for date in &dates {
            let path = data.join(releases::path(date));
            let json: serde_json::Value = std::fs::read_to_string(&path)
                .map_err(|e| format!("read {}: {e}", path.display()))
                .and_then(|t| {
                    serde_json::from_str(&t).map_err(|e| format!("{}: {e}", path.display()))
                })?;
            list.push((date.clone(), previous.as_ref().map(|p| changes(p, &json))));
            previous = Some(json);
        }
        let write = |name: &str, bytes: String| {
            let path = folder.join(name);
            std::fs::write(&path, bytes).map_err(|e| format!("write {}: {e}", path.display()))
        };
        write(
            "index.json",
            serde_json::to_string_pretty(&index(&list)).map_err(|e| e.to_string())?,
        )?;
        write("CHANGES.md", change_list(&list))?;
        Ok(dates[0].clone())
    }

    /// The data files a catalogue lists, with their sizes as published: the
    /// dataset and its schema, the workbook, the Data Package and its CSVs.
    pub fn downloads(dir: &Path) -> Result<Vec<iop_dashboard::publish::Download>, String> {
        use iop_dashboard::export::package::{DATASET_FILE, EXCEL_DIR, TABLE_NAMES, WORKBOOK_FILE};
        let mut paths: Vec<String> = vec![
            DATASET_FILE.into(),
            "iop-ensamkommande.schema.json".into(),
            WORKBOOK_FILE.into(),
            "datapackage.json".into(),
        ];
        for t in TABLE_NAMES {
            paths.push(format!("{t}.csv"));
        }
        for t in TABLE_NAMES {
            paths.push(format!("{EXCEL_DIR}/{t}.csv"));
        }
        let mut sized = Vec::new();
        for p in paths {
            let path = dir.join("data").join(&p);
            let len = std::fs::metadata(&path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .len();
            sized.push((p, len));
        }
        Ok(iop_dashboard::publish::downloads(&sized))
    }

    pub use iop_dashboard::export::package::files as download_files;
    pub use iop_dashboard::export::workbook::workbook;

    pub fn sha256_base64(bytes: &[u8]) -> String {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
    }

    /// Gives `name_bg.wasm` (or a glue file, `name.js`) in `dir` the name
    /// Trunk gives the main app's (`name-<hash>_bg.wasm`), which changes with
    /// its bytes, so the web server can let browsers keep it for good
    /// (deploy/nginx/). Trunk names an app it does not start ("worker") by
    /// its binary alone.
    pub fn hashed_name(dir: &Path, file: &str) -> Result<String, String> {
        use sha2::Digest;
        let (stem, suffix) = match file.strip_suffix("_bg.wasm") {
            Some(stem) => (stem, "_bg.wasm"),
            None => file
                .strip_suffix(".js")
                .map(|stem| (stem, ".js"))
                .ok_or_else(|| format!("{file} is not a wasm-bindgen module or glue"))?,
        };
        let bytes = std::fs::read(dir.join(file)).map_err(|e| format!("read {file}: {e}"))?;
        let hash: String = sha2::Sha256::digest(&bytes)[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let hashed = format!("{stem}-{hash}{suffix}");
        std::fs::rename(dir.join(file), dir.join(&hashed))
            .map_err(|e| format!("rename {file}: {e}"))?;
        Ok(hashed)
    }

    /// Files worth compressing; images other than SVG are compressed already.
    const COMPRESSIBLE: [&str; 10] = [
        "html", "js", "css", "wasm", "json", "csv", "svg", "md", "txt", "bib",
    ];

    /// Writes `.gz` and `.br` beside every compressible file under `dir`.
    pub fn compress_tree(dir: &Path) -> Result<usize, String> {
        let mut count = 0;
        let entries = std::fs::read_dir(dir).map_err(|e| format!("read {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                count += compress_tree(&path)?;
                continue;
            }
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default();
            if !COMPRESSIBLE.contains(&ext) {
                continue;
            }
            let bytes =
                std::fs::read(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(&bytes).map_err(|e| e.to_string())?;
            let gz = gz.finish().map_err(|e| e.to_string())?;
            let mut br = Vec::new();
            {
                let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
                w.write_all(&bytes).map_err(|e| e.to_string())?;
            }
            for (suffix, data) in [("gz", gz), ("br", br)] {
                let mut name = path.clone().into_os_string();
                name.push(format!(".{suffix}"));
                std::fs::write(&name, data).map_err(|e| format!("write {name:?}: {e}"))?;
            }
            count += 1;
        }
        Ok(count)
    }
}

fn main() -> ExitCode {
    // `site --compress DIR`: only the .gz/.br files (the benchmark's peer pages).
    if std::env::args().nth(1).as_deref() == Some("--compress") {
        let Some(dir) = std::env::args().nth(2) else {
            eprintln!("usage: site --compress DIR");
            return ExitCode::from(2);
        };
        return match host::compress_tree(Path::new(&dir)) {
            Ok(n) => {
                println!("site: compressed {n} files in {dir}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("site: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let Some(dir) = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
    else {
        eprintln!("usage: site DIR (or TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    match run(Path::new(&dir)) {
        Ok(()) => {
            println!("site: wrote {dir}/embed.html, the boot script, the downloads in data/ and .gz/.br files");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("site: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_built_from_index_html_stops_the_build_when_its_text_is_not_there() {
        assert_eq!(
            replaced_once(
                "<html lang=sv><title>x</title>",
                "<html lang=sv>",
                "<html lang=en>"
            ),
            Ok("<html lang=en><title>x</title>".to_string())
        );
        assert!(replaced_once("<html lang=\"sv\">", "<html lang=sv>", "<html lang=en>").is_err());
        // Minified (release) or not (`trunk serve`), the page is marked.
        for page in ["<html lang=sv><p>", "<html lang=\"sv\"><p>"] {
            assert_eq!(
                in_language(page, Lang::En),
                Ok("<html lang=en><p>".to_string())
            );
        }
        assert!(in_language("<html><p>", Lang::En).is_err());
        // The title and description the pages replace are index.html's.
        assert!(include_str!("../../index.html").contains(INDEX_TITLE));
        assert!(include_str!("../../index.html").contains(INDEX_DESCRIPTION));
        let page = format!("{INDEX_TITLE}<meta content=\"{INDEX_DESCRIPTION}\" name=description>");
        assert_eq!(
            named(&page, "A & B", "\"C\" <D>"),
            Ok("<title>A &amp; B</title><meta content=\"&quot;C&quot; &lt;D&gt;\" name=description>".to_string())
        );
    }

    #[test]
    fn an_app_trunk_names_by_its_binary_gets_a_name_that_changes_with_its_bytes() {
        let dir = std::env::temp_dir().join(format!("iop-site-hash-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let named = |bytes: &str| {
            std::fs::write(dir.join("app_bg.wasm"), bytes).expect("write");
            host::hashed_name(&dir, "app_bg.wasm").expect("renamed")
        };
        let (one, two) = (named("one"), named("two"));
        for name in [&one, &two] {
            let hash = name
                .strip_prefix("app-")
                .and_then(|n| n.strip_suffix("_bg.wasm"))
                .expect("app-<hash>_bg.wasm");
            // What deploy/nginx/ caches for good: 8 to 16 hex digits.
            assert_eq!(hash.len(), 16, "{name}");
            assert!(hash.chars().all(|c| c.is_ascii_hexdigit()), "{name}");
            assert!(dir.join(name).exists(), "{name}");
        }
        assert_ne!(one, two);
        assert!(!dir.join("app_bg.wasm").exists());
        assert_eq!(named("one"), one, "the same bytes, the same name");
        // A glue file too (the download tools', which a page imports).
        std::fs::write(dir.join("tools.js"), "export default 1;").expect("write");
        let glue = host::hashed_name(&dir, "tools.js").expect("renamed");
        let hash = glue
            .strip_prefix("tools-")
            .and_then(|n| n.strip_suffix(".js"))
            .expect("tools-<hash>.js");
        assert!(
            hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()),
            "{glue}"
        );
        assert!(dir.join(&glue).exists() && !dir.join("tools.js").exists());
        assert!(host::hashed_name(&dir, "app.js").is_err(), "no such file");
        std::fs::write(dir.join("app.css"), "p {}").expect("write");
        assert!(
            host::hashed_name(&dir, "app.css").is_err(),
            "not a module or glue"
        );
        std::fs::remove_dir_all(&dir).expect("clean up");
    }

    #[test]
    fn the_noscript_note_is_replaced_whole() {
        let page = "<body><noscript>\n<p>old</p>\n</noscript><div>x</div></body>";
        assert_eq!(
            with_noscript_replaced(page, "<p>new</p>"),
            Ok("<body><p>new</p><div>x</div></body>".to_string())
        );
        assert!(with_noscript_replaced("<body></body>", "x").is_err());
        assert!(with_noscript_replaced("<noscript><p>", "x").is_err());
        // The template keeps a place; the check page's note fills it, once.
        let index = include_str!("../../index.html");
        let check =
            with_noscript_replaced(index, &check_noscript().expect("host")).expect("noscript");
        assert_eq!(check.matches("Kontrollen av en datafil").count(), 1);
        assert_eq!(check.matches("<noscript>").count(), 1);
    }

    #[test]
    fn inline_blocks_are_found_and_scripts_with_src_skipped() {
        let html = "<head><script>a()</script><script type=module src=./b.js></script><style>p{x:y}</style><noscript>n</noscript><script >c()</script><script type=\"application/ld+json\">{}</script></head>";
        assert_eq!(inline_blocks(html, "script"), ["a()", "c()"]);
        assert_eq!(inline_blocks(html, "style"), ["p{x:y}"]);
        assert!(inline_blocks("<p>no code</p>", "script").is_empty());
    }

    #[test]
    fn the_policy_allows_exactly_the_inline_blocks_by_hash() {
        let html = "<html><meta charset=utf-8><script>go()</script><style>b{}</style>";
        let out = with_csp(html, &[]).expect("csp");
        let script = host::sha256_base64(b"go()");
        let style = host::sha256_base64(b"b{}");
        assert!(out.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{script}'; style-src 'self' 'sha256-{style}';"
        )));
        // Style attributes only by hash, each one named.
        let out = with_csp(html, &["--lift:0.5;".to_string()]).expect("csp");
        let lift = host::sha256_base64(b"--lift:0.5;");
        assert!(out.contains(&format!(
            "style-src 'self' 'sha256-{style}' 'unsafe-hashes' 'sha256-{lift}';"
        )));
        // sha256 of the empty string, as every CSP implementation computes it.
        assert_eq!(
            host::sha256_base64(b""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        assert!(with_csp("<html>", &[]).is_err());
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn each_rendering_gets_its_own_ids_and_references() {
        let html = r##"<a href="#main">skip</a><main id="main"><h2 id="t">T</h2><div aria-labelledby="t x" aria-describedby="d"></div><label for="f">L</label><a href="?chart=a#b">q</a><svg class="patterns"><pattern id="p"></pattern></svg><i style="--lift:0.5;"></i></main>"##;
        let (out, styles) = host::own_ids(html, Some("en")).expect("rewrite");
        for part in [
            r##"href="#main--en""##,
            r#"id="main--en""#,
            r#"aria-labelledby="t--en x--en""#,
            r#"aria-describedby="d--en""#,
            r#"for="f--en""#,
            r##"href="?chart=a#b""##,
        ] {
            assert!(out.contains(part), "{part} in {out}");
        }
        assert!(
            !out.contains("patterns"),
            "the patterns are written once per page"
        );
        assert_eq!(styles, ["--lift:0.5;"]);
    }

    #[test]
    fn attributes_are_read_quoted_or_bare() {
        let tag =
            r#"<link as=fetch crossorigin href=./a_bg.wasm integrity="sha384-x+y/z=" rel=preload>"#;
        assert_eq!(attr(tag, "as"), Some("fetch"));
        assert_eq!(attr(tag, "href"), Some("./a_bg.wasm"));
        assert_eq!(attr(tag, "integrity"), Some("sha384-x+y/z="));
        assert_eq!(attr(tag, "rel"), Some("preload"));
        assert_eq!(attr(tag, "crossorigin"), None);
        assert_eq!(attr("<link class=has rel=icon>", "as"), None);
    }

    #[test]
    fn the_build_publishes_only_a_file_without_problems() {
        let bundled = include_str!("../../data/iop-ensamkommande.json");
        assert!(publishable(bundled).is_ok());
        // A rule across records (two views with one id), which reading alone
        // does not see: the build refuses the file and names the problem.
        let mut doc: serde_json::Value = serde_json::from_str(bundled).expect("json");
        let first = doc["views"][0]["id"].clone();
        doc["views"][1]["id"] = first;
        let err = publishable(&doc.to_string()).expect_err("refused");
        assert!(err.contains("$.views[1].id"), "{err}");
        let mut doc: serde_json::Value = serde_json::from_str(bundled).expect("json");
        doc["timeline"][0]["date"] = serde_json::json!("våren 2015");
        assert!(publishable(&doc.to_string()).is_err());
    }

    #[test]
    fn the_wasm_is_asked_for_with_the_head_and_started_by_the_glue_at_the_end() {
        let page = "<head><title>T</title><link href=./f.svg rel=icon><script>var f=document.currentScript.getAttribute('data-latest')</script>\
            <script type=module>import init from './g.js';</script>\
            <link as=fetch crossorigin href=data/d.json rel=preload>\
            <link crossorigin href=./g.js integrity=sha384-G rel=modulepreload>\
            <link as=fetch crossorigin href=./g_bg.wasm integrity=sha384-W rel=preload type=application/wasm></head>\
            <body><noscript>first view</noscript></body>";
        let glue = "let wasm;\nasync function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };\n";
        let (without, app) = without_trunk_boot(page).expect("Trunk's boot");
        assert_eq!(
            app,
            TrunkApp {
                glue: "./g.js".into(),
                wasm: "./g_bg.wasm".into()
            }
        );
        let out = with_boot(&without, glue, &app.wasm).expect("boot");
        // The wasm's preload right after the title, before anything else the
        // head holds, without Trunk's integrity (or the boot script's fetch
        // would not reuse it); the data's is the language script's, which
        // knows the release asked for.
        let (top, rest) = out.split_once("</title>").expect("title");
        assert_eq!(top, "<head><title>T");
        assert!(rest.starts_with(
            "<link rel=preload href=./g_bg.wasm as=fetch type=application/wasm crossorigin>\
             <link href=./f.svg rel=icon><script data-latest=data/d.json>var f="
        ));
        assert_eq!(out.matches("<link").count(), 2, "{out}");
        assert!(
            !out.contains("sha384-W") && !out.contains("import init"),
            "{out}"
        );
        // The glue and the boot script: one module, after the first view.
        let (head, body) = out.split_once("<body>").expect("body");
        assert!(!head.contains("type=module"), "{head}");
        let module = body.split_once("<script type=module>\n").expect("module").1;
        assert!(body.find("first view") < body.find("<script type=module>"));
        assert!(module.starts_with(glue.trim()), "{module}");
        assert!(
            module.contains(r#"const iopWasm = fetch("./g_bg.wasm");"#),
            "{module}"
        );
        assert!(
            module.contains("await __wbg_init({ module_or_path: iopWasm })"),
            "{module}"
        );
        assert!(out.ends_with("</script>\n</body>"), "{out}");
        // The check page reads the reader's file: no data asked for.
        let check = without_data_latest(&out);
        assert!(check.contains("<script>var f="), "{check}");
        assert!(!check.contains("data/d.json"), "{check}");
        // Another app's boot in the same page: its own wasm, its own glue.
        let other = with_boot(
            &without,
            "async function s(m) {}\nexport { s as default };",
            "./e-1_bg.wasm",
        )
        .expect("boot");
        assert!(
            other.contains("<link rel=preload href=./e-1_bg.wasm "),
            "{other}"
        );
        assert!(
            other.contains("await s({ module_or_path: iopWasm })"),
            "{other}"
        );
        assert!(
            !other.contains("g_bg.wasm") && !other.contains("__wbg_init"),
            "{other}"
        );
        // A glue without a default export, or one that would end the script
        // early, stops the build; so does a page without Trunk's boot.
        assert!(with_boot(&without, "export { initSync };", "./g_bg.wasm").is_err());
        assert!(with_boot(&without, &format!("{glue}'</script>'"), "./g_bg.wasm").is_err());
        assert!(without_trunk_boot("<head><script type=module>start()</script></head>").is_err());
        assert!(without_trunk_boot("<head></head>").is_err());
    }

    #[test]
    fn the_tools_are_found_by_the_boot_module_they_come_after() {
        let page = "<body><script>lang()</script>first view\
            <script type=module>\nglue();\nawait start();</script>\n</body>";
        let out = with_loader(page, "iopTools", "./t-0a_bg.js", "./t-0a_bg.wasm").expect("tools");
        // In the boot module, before the glue and its awaited start, so the
        // loader is there even when the app's own wasm never starts.
        let module = out.split_once("<script type=module>\n").expect("module").1;
        assert!(
            module.starts_with("// Written by src/bin/site.rs"),
            "{module}"
        );
        assert!(module.contains(r#"import("./t-0a_bg.js")"#), "{module}");
        assert!(
            module.contains(r#"module_or_path: "./t-0a_bg.wasm""#),
            "{module}"
        );
        assert!(
            module.find("globalThis.iopTools") < module.find("glue();"),
            "{module}"
        );
        assert!(
            out.starts_with("<body><script>lang()</script>first view"),
            "{out}"
        );
        // A second one (the check page's workbook import) has its own name
        // and remembers its own load; nothing of the template is left.
        let both = with_loader(&out, "iopImport", "./i-0b.js", "./i-0b_bg.wasm").expect("import");
        for part in [
            "globalThis.iopTools = () => (iopToolsLoad ??=",
            "globalThis.iopImport = () => (iopImportLoad ??=",
            r#"import("./i-0b.js")"#,
            "let iopImportLoad;",
            "let iopToolsLoad;",
        ] {
            assert!(both.contains(part), "{part} in {both}");
        }
        assert!(!both.contains("LOADER"), "{both}");
        // A page without a boot module has nothing to give them to.
        assert!(with_loader(
            "<body>first view</body>",
            "iopTools",
            "./t.js",
            "./t_bg.wasm"
        )
        .is_err());
    }
}
