//! Post-build step run by Trunk (see Trunk.toml): `site DIR`.
//!
//! 1. Moves Trunk's inline boot script into a file, so the pages run under a
//!    Content-Security-Policy with `script-src 'self'` and no hashes to maintain.
//! 2. Writes `embed.html`, the chrome-less page partner sites frame, with each
//!    widget's figures as text for readers without JavaScript (the URL fragment
//!    picks the widget with CSS `:target`).
//! 3. Writes the static downloads beside the dataset in `data/`: tidy CSVs, their
//!    Excel copies, `datapackage.json` and a README with the citation.
//! 4. Writes the first view into `index.html` as static HTML, from the data: the
//!    page header and the key figures with their sources, in both languages
//!    (`public/lang.js` picks one before the first paint). It is on screen before
//!    the wasm starts, and it is what readers without JavaScript get.
//! 5. Writes `.gz` and `.br` beside every text asset and the wasm, at the highest
//!    levels (done once per build, not per request), for `gzip_static` and
//!    `brotli_static` in `deploy/nginx/`.

use iop_dashboard::data::parse_dataset;
use iop_dashboard::embed::{escape, fallback_lines, Widget};
use iop_dashboard::i18n::{strings, Lang};
use std::path::Path;
use std::process::ExitCode;

const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// FNV-1a: a stable name for the boot file so it can be cached for ever.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Replaces the first inline `<script type="module">…</script>` with a file.
fn externalise_boot(html: &str, dir: &Path) -> Result<String, String> {
    // Trunk's minifier drops the quotes of attribute values.
    let (start, open) = ["<script type=\"module\">", "<script type=module>"]
        .iter()
        .find_map(|open| html.find(open).map(|i| (i, *open)))
        .ok_or("no inline module script in index.html")?;
    let body_start = start + open.len();
    let end = html[body_start..]
        .find("</script>")
        .ok_or("unterminated script")?
        + body_start;
    let body = &html[body_start..end];
    let name = format!("boot-{:016x}.js", fnv(body.as_bytes()));
    std::fs::write(dir.join(&name), body.trim()).map_err(|e| format!("write {name}: {e}"))?;
    Ok(format!(
        "{}<script type=\"module\" src=\"./{name}\"></script>{}",
        &html[..start],
        &html[end + "</script>".len()..]
    ))
}

fn with_csp(html: &str) -> Result<String, String> {
    let charset = ["<meta charset=\"utf-8\">", "<meta charset=utf-8>"]
        .into_iter()
        .find(|m| html.contains(m))
        .ok_or("no <meta charset> in index.html")?;
    Ok(html.replacen(
        charset,
        &format!("{charset}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"),
        1,
    ))
}

/// One `<section>` per widget and language; CSS shows the one the fragment names.
fn fallback(dataset: &iop_dashboard::data::Dataset) -> String {
    let mut out = String::from("<noscript>\n<div class=\"fallbacks\">\n");
    for w in Widget::all() {
        out.push_str(&format!("<section class=\"fallback\" id=\"{}\">\n", w.id()));
        for lang in Lang::ALL {
            let s = strings(lang);
            out.push_str(&format!(
                "<div lang=\"{}\">\n<h2>{}</h2>\n<ul>\n",
                lang.code(),
                escape(&w.title(lang))
            ));
            for line in fallback_lines(w, dataset, lang) {
                out.push_str(&format!("<li>{}</li>\n", escape(&line)));
            }
            let dash = match w {
                Widget::KeyFigures => format!("./?lang={}", lang.code()),
                Widget::Chart(c) => format!("./?lang={}&amp;chart={}", lang.code(), c.id()),
            };
            out.push_str(&format!(
                "</ul>\n<p><a href=\"{dash}\" target=\"_top\">{}</a> · <a href=\"data/iop-ensamkommande.json\" target=\"_top\">{}</a> · CC0 1.0</p>\n</div>\n",
                escape(s.embed_fallback_link),
                escape(s.data_json)
            ));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</div>\n</noscript>");
    out
}

/// The static first view: header and key figures, one block per language.
fn first_view(d: &iop_dashboard::data::Dataset) -> String {
    use iop_dashboard::i18n::format;
    let mut out = String::from("<div id=\"first-view\">\n");
    for lang in Lang::ALL {
        let s = strings(lang);
        out.push_str(&format!(
            "<div class=\"fv\" lang=\"{}\">\n<header class=\"site-header\"><div class=\"site-header-top\"><div><p class=\"site-title\">{}</p><p class=\"site-tagline\">{}</p></div></div></header>\n<main>\n<h1>{}</h1>\n<section class=\"key-figures\"><h2>{}</h2>\n<ul class=\"key-figure-list\">\n",
            lang.code(),
            escape(s.site_title),
            escape(s.tagline),
            escape(lang.pick(&d.partnership.name)),
            escape(s.key_figures),
        ));
        for f in d.headline_figures() {
            out.push_str(&format!(
                "<li class=\"key-figure\" data-figure=\"{}\"><h3 class=\"key-figure-label\">{} <span class=\"key-figure-date\">({})</span></h3><ul class=\"key-figure-readings\">",
                escape(&f.id),
                escape(lang.pick(&f.label)),
                escape(&format::date(&f.date, lang)),
            ));
            for v in &f.values {
                let mut text = format::value(v.value, f.unit, v.qualifier, lang);
                if f.uncertain {
                    text = format::uncertain(&text, lang);
                }
                let cited: Vec<String> = v
                    .sources
                    .iter()
                    .filter_map(|id| d.source(id))
                    .map(|src| {
                        format!(
                            "{}, {}",
                            escape(&src.publisher),
                            escape(&format::date(&src.date, lang))
                        )
                    })
                    .collect();
                let label = if cited.len() == 1 {
                    s.source
                } else {
                    s.sources
                };
                out.push_str(&format!(
                    "<li class=\"key-figure-reading\"><span class=\"key-figure-value\">{}</span><p class=\"source-line\">{}: {}</p></li>",
                    escape(&text),
                    escape(label),
                    cited.join("; ")
                ));
            }
            out.push_str("</ul></li>\n");
        }
        out.push_str(&format!(
            "</ul></section>\n<p class=\"fv-loading\" role=\"status\">{}</p>\n<p><a href=\"data/iop-ensamkommande.json\">{}</a> · <a href=\"?lang={}&amp;section=sources\">{}</a></p>\n</main>\n</div>\n",
            escape(s.loading_charts),
            escape(s.data_json),
            lang.code(),
            escape(s.data_title),
        ));
    }
    out.push_str("</div>\n");
    out
}

fn embed_page(index: &str, dataset: &iop_dashboard::data::Dataset) -> Result<String, String> {
    let ns_start = index
        .find("<noscript>")
        .ok_or("no <noscript> in index.html")?;
    let ns_end = index.find("</noscript>").ok_or("unterminated <noscript>")? + "</noscript>".len();
    let page = format!(
        "{}{}{}",
        &index[..ns_start],
        fallback(dataset),
        &index[ns_end..]
    );
    Ok(page
        .replacen("<body>", "<body class=\"embed\">", 1)
        .replacen(
            "</title>",
            "</title>\n  <script src=\"./embed-frame.js\"></script>",
            1,
        )
        .replacen(
            "<title>IOP Ensamkommande i Göteborg</title>",
            "<title>IOP Ensamkommande i Göteborg – inbäddning</title>",
            1,
        ))
}

fn run(dir: &Path) -> Result<(), String> {
    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .map_err(|e| format!("read {}: {e}", index_path.display()))?;
    let data_path = dir.join("data/iop-ensamkommande.json");
    let text = std::fs::read_to_string(&data_path)
        .map_err(|e| format!("read {}: {e}", data_path.display()))?;
    let dataset = parse_dataset(&text).map_err(|issues| {
        let list: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
        format!("the bundled data is invalid:\n{}", list.join("\n"))
    })?;
    for file in iop_dashboard::export::package::files(&dataset) {
        let path = dir.join("data").join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &file.bytes).map_err(|e| format!("write {}: {e}", path.display()))?;
    }
    let index = with_csp(&externalise_boot(&index, dir)?)?;
    std::fs::write(dir.join("embed.html"), embed_page(&index, &dataset)?)
        .map_err(|e| format!("write embed.html: {e}"))?;
    let index = index.replacen("<body>", &format!("<body>\n{}", first_view(&dataset)), 1);
    std::fs::write(&index_path, index).map_err(|e| format!("write index.html: {e}"))?;
    // Debug builds (trunk serve while editing) skip it: brotli at level 11 is slow.
    if std::env::var("TRUNK_PROFILE").as_deref() != Ok("debug") {
        compress_tree(dir)?;
    }
    Ok(())
}

/// Files worth compressing; images other than SVG are compressed already.
#[cfg(not(target_arch = "wasm32"))]
const COMPRESSIBLE: [&str; 9] = [
    "html", "js", "css", "wasm", "json", "csv", "svg", "md", "txt",
];

/// The build step only ever runs on the host; the wasm target merely type-checks it.
#[cfg(target_arch = "wasm32")]
fn compress_tree(_dir: &Path) -> Result<usize, String> {
    Err("site runs on the host".into())
}

#[cfg(not(target_arch = "wasm32"))]
fn compress_tree(dir: &Path) -> Result<usize, String> {
    use std::io::Write;
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
        let bytes = std::fs::read(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
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

fn main() -> ExitCode {
    // `site --compress DIR`: only the .gz/.br files (the benchmark's peer pages).
    if std::env::args().nth(1).as_deref() == Some("--compress") {
        let Some(dir) = std::env::args().nth(2) else {
            eprintln!("usage: site --compress DIR");
            return ExitCode::from(2);
        };
        return match compress_tree(Path::new(&dir)) {
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
