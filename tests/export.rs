//! Downloads, read back: the tidy CSVs and their Excel copies hold exactly the
//! dataset's values, the Data Package describes every file, a chart's CSV/JSON
//! hold its marks, citations carry what a citation needs, and the chart image
//! scene shows every mark with escaped text inside the picture's width.
#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::image::{palette, scene, scene_at, svg, Anchor, Scene, Shape, WIDTH};
use iop_dashboard::chart::text::text_width;
use iop_dashboard::chart::{build, Chart, MarkStyle, PanelKind};
use iop_dashboard::data::{parse_dataset, Dataset, Value};
use iop_dashboard::export::csv::{self, Dialect};
use iop_dashboard::export::package::{descriptor, files};
use iop_dashboard::export::tables::tables;
use iop_dashboard::export::{
    chart_citation, chart_csv, chart_json, chart_svg, cited, dataset_citation,
    dataset_page_citation, image_footer, picture_footer, preview_footer, CHART_COLUMNS,
};
use iop_dashboard::i18n::{format, Lang};
use std::collections::HashMap;

mod shared;

fn bundled() -> Dataset {
    parse_dataset(include_str!("../data/iop-ensamkommande.json")).expect("valid")
}

fn file(d: &Dataset, path: &str) -> String {
    let f = files(d)
        .into_iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path}"));
    String::from_utf8(f.bytes).expect("utf-8")
}

/// The rows of a CSV text as the csv crate reads them (a reader the project
/// did not write), the BOM of the Excel dialect dropped.
fn read(text: &str, sep: char) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(sep as u8)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("CSV").iter().map(str::to_string).collect())
        .collect()
}

/// Rows of a CSV as maps from column name to text.
fn records(text: &str, sep: char) -> Vec<HashMap<String, String>> {
    let rows = read(text, sep);
    let header = rows[0].clone();
    rows[1..]
        .iter()
        .map(|r| {
            assert_eq!(r.len(), header.len(), "ragged row {r:?}");
            header.iter().cloned().zip(r.iter().cloned()).collect()
        })
        .collect()
}

#[test]
fn figures_csv_round_trips_to_the_json_values() {
    let d = bundled();
    let text = file(&d, "figures.csv");
    assert!(!text.starts_with('\u{feff}'), "tidy CSV has no BOM");
    assert!(!text.contains('\r'));
    let rows = records(&text, ',');
    let expected: usize = d.figures.iter().map(|f| f.values.len()).sum();
    assert_eq!(rows.len(), expected);
    let mut rows = rows.into_iter();
    for f in &d.figures {
        for (i, v) in f.values.iter().enumerate() {
            let r = rows.next().expect("row");
            assert_eq!(r["figure_id"], f.id);
            assert_eq!(r["reading"], (i + 1).to_string());
            assert_eq!(r["label_sv"], f.label.sv);
            assert_eq!(r["label_en"], f.label.en);
            assert_eq!(r["date"], f.date);
            assert_eq!(r["sources"], v.sources.join(" "));
            match v.value {
                Value::Number(n) => {
                    assert_eq!(r["value"].parse::<f64>().expect("number"), n, "{}", f.id);
                    assert_eq!(r["suppressed"], "false");
                }
                Value::Suppressed => {
                    assert_eq!(r["value"], "");
                    assert_eq!(r["suppressed"], "true");
                }
            }
        }
    }
}

#[test]
fn series_csv_round_trips_with_gaps_left_empty() {
    let d = bundled();
    let rows = records(&file(&d, "series.csv"), ',');
    let points: Vec<_> = d
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(move |p| (s, p)))
        .collect();
    assert_eq!(rows.len(), points.len());
    let mut saw_gap = false;
    for (r, (s, p)) in rows.iter().zip(points) {
        assert_eq!(r["series_id"], s.id);
        assert_eq!(r["period"], p.period);
        match p.value {
            Some(Value::Number(n)) => assert_eq!(r["value"].parse::<f64>().expect("n"), n),
            Some(Value::Suppressed) => assert_eq!(
                (r["value"].as_str(), r["suppressed"].as_str()),
                ("", "true")
            ),
            None => {
                saw_gap = true;
                assert_eq!((r["value"].as_str(), r["gap"].as_str()), ("", "true"));
            }
        }
    }
    assert!(
        saw_gap,
        "the bundled series has a gap year; it must stay a gap, not a zero"
    );
}

#[test]
fn excel_copies_hold_the_same_cells_in_swedish_excel_dialect() {
    let d = bundled();
    for t in tables(&d) {
        let tidy = read(&file(&d, &t.file_name()), ',');
        let excel_text = file(&d, &format!("excel/{}", t.file_name()));
        assert!(excel_text.starts_with('\u{feff}'), "{}: BOM", t.name);
        assert!(excel_text.contains("\r\n"));
        let excel = read(&excel_text, ';');
        assert_eq!(tidy.len(), t.rows.len() + 1);
        assert_eq!(excel.len(), tidy.len(), "{}", t.name);
        for (a, b) in tidy.iter().zip(&excel) {
            for (x, y) in a.iter().zip(b) {
                let same = x == y || x.replace('.', ",") == *y || format!("'{x}") == *y;
                assert!(same, "{}: {x:?} vs {y:?}", t.name);
            }
        }
    }
}

#[test]
fn the_data_package_describes_every_csv_and_states_licence_and_rule() {
    let d = bundled();
    let p = descriptor(&d);
    assert_eq!(p["licenses"][0]["name"], "CC0-1.0");
    assert!(p["disclosure_rule"]["sv"]
        .as_str()
        .unwrap_or("")
        .contains("<5"));
    assert_eq!(p["sources"].as_array().map(Vec::len), Some(d.sources.len()));
    let paths: Vec<String> = files(&d).into_iter().map(|f| f.path).collect();
    let resources = p["resources"].as_array().expect("resources");
    assert_eq!(resources.len(), tables(&d).len());
    for (r, t) in resources.iter().zip(tables(&d)) {
        let path = r["path"].as_str().expect("path");
        assert!(paths.iter().any(|p| p == path), "{path} is generated");
        let names: Vec<&str> = r["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .filter_map(|f| f["name"].as_str())
            .collect();
        assert_eq!(names, t.header(), "{path}: schema and header agree");
    }
    let names: Vec<&str> = tables(&d).iter().map(|t| t.name).collect();
    assert_eq!(names, iop_dashboard::export::package::TABLE_NAMES);
    let readme = file(&d, "README.md");
    for needle in [
        dataset_citation(&d, Lang::Sv),
        dataset_citation(&d, Lang::En),
        "CC0".into(),
        "figures.csv".into(),
    ] {
        assert!(readme.contains(&needle), "README lacks {needle}");
    }
}

/// The package's keywords are the file's own, each once; a file that names
/// none gets none (it once got this partnership's: "IOP", "Göteborg").
#[test]
fn the_data_package_keywords_come_from_the_file_alone() {
    let mut d = bundled();
    let words = |p: &serde_json::Value| -> Option<Vec<String>> {
        p.get("keywords").map(|k| {
            k.as_array()
                .expect("an array")
                .iter()
                .map(|w| w.as_str().expect("a word").to_string())
                .collect()
        })
    };
    let c = d
        .catalogue
        .clone()
        .expect("the bundled file describes itself");
    let own = words(&descriptor(&d)).expect("keywords");
    for w in c.keywords.sv.iter().chain(&c.keywords.en) {
        assert_eq!(own.iter().filter(|o| *o == w).count(), 1, "{w} once");
    }
    assert!(own
        .iter()
        .all(|w| c.keywords.sv.contains(w) || c.keywords.en.contains(w)));
    d.catalogue = None;
    assert_eq!(words(&descriptor(&d)), None);
}

const URL: &str = "https://example.org/iop/?lang=sv&chart=housing";

#[test]
fn chart_csv_and_json_hold_every_table_row_in_order() {
    let d = bundled();
    for lang in Lang::ALL {
        for view in &d.views {
            let id = &view.id;
            let c = build(view, &d, lang).expect("chart");
            let rows = records(&chart_csv(&c), ',');
            // The table's rows: a mark each, or a matrix's row per service.
            let marks: Vec<_> = c.panels.iter().flat_map(|p| p.rows()).collect();
            let cells: usize = c.panels.iter().map(|p| p.marks.len()).sum();
            if c.panels.iter().any(|p| p.kind == PanelKind::Matrix) {
                assert!(marks.len() < cells, "{id:?}");
            } else {
                assert_eq!(marks.len(), cells, "{id:?}");
            }
            assert_eq!(rows.len(), marks.len(), "{id:?}");
            for (r, m) in rows.iter().zip(&marks) {
                assert_eq!(r["mark_id"], m.id);
                assert_eq!(r["category"], m.category);
                assert_eq!(r["value_as_published"], m.display);
                assert_eq!(r["value"].parse::<f64>().ok(), m.value, "{id:?} {}", m.id);
                assert!(r["sources"]
                    .split(' ')
                    .all(|s| s.is_empty() || d.source(s).is_some()));
            }
            assert_eq!(read(&chart_csv(&c), ',')[0], CHART_COLUMNS.to_vec());
            let json: serde_json::Value =
                serde_json::from_str(&chart_json(&c, &d, lang, URL, "2026-11-22")).expect("json");
            assert_eq!(json["rows"].as_array().map(Vec::len), Some(marks.len()));
            assert_eq!(json["licence"]["id"], "CC0-1.0");
            assert_eq!(
                json["sources"].as_array().map(Vec::len),
                Some(c.sources().len())
            );
            assert_eq!(json["rows"][0]["mark_id"], marks[0].id.as_str());
        }
    }
}

#[test]
fn citations_name_title_publisher_year_version_url_licence_and_date() {
    let d = bundled();
    for (lang, date, word, kind) in [
        (Lang::Sv, "22 november 2026", "Licens", "Diagram och data"),
        (Lang::En, "22 November 2026", "Licence", "Chart and data"),
    ] {
        let c = build(&d.views[0], &d, lang).expect("chart");
        let text = chart_citation(&c, &d, lang, URL, "2026-11-22").replace('\u{a0}', " ");
        for needle in [
            c.title.as_str(),
            lang.pick(&d.title),
            "(2026)",
            URL,
            "CC0 1.0",
            date,
            word,
            &format!("{kind}, version {}.", d.updated),
        ] {
            assert!(text.contains(needle), "{lang:?}: {text} lacks {needle}");
        }
    }
}

#[test]
fn the_dataset_is_cited_with_its_version_and_address() {
    let d = bundled();
    let url = "https://example.org/iop/?lang=sv&section=sources&release=2026-11-30";
    let text = dataset_page_citation(&d, Lang::Sv, url, "2026-12-05").replace('\u{a0}', " ");
    assert_eq!(
        text,
        format!(
            "{} ({}): Datamängd, version {}. {url}. Licens: CC0 1.0. Hämtad 5 december 2026.",
            d.title.sv,
            &d.updated[..4],
            d.updated
        )
    );
    let text = dataset_page_citation(&d, Lang::En, url, "2026-12-05").replace('\u{a0}', " ");
    assert!(text.starts_with(&format!("{} (", d.title.en)), "{text}");
    assert!(
        text.contains(&format!(
            "Dataset, version {}. {url}. Licence: CC0 1.0.",
            d.updated
        )),
        "{text}"
    );
    assert!(text.ends_with("Retrieved 5 December 2026."), "{text}");
}

/// Every mark is in the picture: its label and value in words, except in a
/// matrix, whose cells are squares under turned headings (or, where those do
/// not fit, numbered ones with a key): there every row and column heading is
/// in words and every filled cell is a filled square.
fn assert_marks_said(c: &Chart, s: &Scene, all: &str, id: &str) {
    for panel in &c.panels {
        if panel.kind == PanelKind::Matrix {
            // Each row with what it says of its party (joined later, or
            // not surely a party), and what most rows share, once.
            for (row, detail) in &panel.down {
                assert!(all.contains(&norm(row)), "{id:?}: {row}");
                assert!(all.contains(&norm(detail)), "{id:?}: {row}: {detail}");
            }
            if let Some(note) = &panel.down_note {
                assert!(all.contains(&norm(note)), "{id:?}: {note}");
            }
            let turned = turned_texts(s);
            if turned.is_empty() {
                for (n, column) in panel.across.iter().enumerate() {
                    assert!(
                        all.contains(&norm(&format!("{} {column}", n + 1))),
                        "{id:?}: {column}"
                    );
                }
            } else {
                assert_eq!(turned.join(" "), panel.across.join(" "), "{id:?}");
            }
            let filled = panel
                .marks
                .iter()
                .filter(|m| m.style != MarkStyle::Gap)
                .count();
            let squares = s
                .shapes
                .iter()
                .filter(|sh| matches!(sh, Shape::Rect { w, h, fill: Some(_), .. } if w == h && *w < 20.0))
                .count();
            assert_eq!(squares, filled, "{id:?}: filled cells");
            continue;
        }
        for m in &panel.marks {
            // As the page draws it: the view's shorter label where it gives one.
            if panel.kind != PanelKind::Columns {
                assert!(all.contains(&norm(m.label())), "{id:?}: {}", m.label());
            }
            assert!(all.contains(&norm(&m.display)), "{id:?}: {}", m.display);
        }
        for label in &panel.across {
            assert!(all.contains(&norm(label)), "{id:?}: {label}");
        }
    }
}

/// Whitespace-normalised, so text wrapped onto several lines still matches.
fn norm(t: &str) -> String {
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every text of a scene, in one normalised string.
fn all_text(s: &Scene) -> String {
    norm(&s.texts().collect::<Vec<_>>().join(" "))
}

/// A text shape's box: its text, left and right (however anchored), and top
/// and bottom (`y` is the baseline: capitals above it, descenders below). A
/// turned text runs up from `y` (down to it, anchored at its end), its line
/// box across from `x`.
fn text_box(shape: &Shape) -> Option<(&str, f64, f64, f64, f64)> {
    let Shape::Text {
        x,
        y,
        text,
        size,
        bold,
        anchor,
        turned,
        ..
    } = shape
    else {
        return None;
    };
    let w = text_width(text, *size, *bold);
    if *turned {
        let foot = match anchor {
            Anchor::Start => *y,
            Anchor::Middle => y + w / 2.0,
            Anchor::End => y + w,
        };
        return Some((
            text.as_str(),
            x + size * 0.3,
            x + size * 1.27,
            foot - w,
            foot,
        ));
    }
    let from = match anchor {
        Anchor::Start => *x,
        Anchor::Middle => x - w / 2.0,
        Anchor::End => x - w,
    };
    Some((
        text.as_str(),
        from,
        from + w,
        y - size * 0.75,
        y + size * 0.2,
    ))
}

/// Each text stays inside the margins of a `width` picture, however anchored.
fn assert_texts_fit(s: &Scene, width: f64, what: &str) {
    for (text, from, to, _, _) in s.shapes.iter().filter_map(text_box) {
        assert!(
            from >= 23.0 && to <= width - 23.0,
            "{what}: {text} overflows"
        );
    }
}

/// No two texts of a picture cover each other: a column's value wider than
/// its column ("500 (uncertain)") once ran into the next place's "no figure".
fn assert_texts_apart(s: &Scene, what: &str) {
    let boxes: Vec<_> = s.shapes.iter().filter_map(text_box).collect();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let meet = a.1 < b.2 && b.1 < a.2 && a.3 < b.4 && b.3 < a.4;
            assert!(!meet, "{what}: \"{}\" and \"{}\" overlap", a.0, b.0);
        }
    }
}

#[test]
fn image_scene_shows_every_mark_and_the_credits_within_its_width() {
    let d = bundled();
    for lang in Lang::ALL {
        for view in &d.views {
            let id = &view.id;
            let c = build(view, &d, lang).expect("chart");
            let footer = image_footer(&c, &d, lang, URL, "2026-11-22");
            let s = scene(&c, &footer);
            let all = all_text(&s);
            for needle in [&c.title, &c.takeaway, &footer.sources, &footer.credit] {
                assert!(all.contains(&norm(needle)), "{id:?}: missing {needle}");
            }
            assert_marks_said(&c, &s, &all, id);
            assert_texts_fit(&s, WIDTH, &format!("{id:?}"));
            assert_texts_apart(&s, &format!("{id:?}"));
            assert!(
                s.height > 200.0 && s.height < 4000.0,
                "{id:?}: {}",
                s.height
            );
        }
    }
}

/// A picture's matrix heads its columns as the page does: turned, in the
/// lines the page sets them in, where the columns have room beside the
/// names (the view's shorter headings from a 480 px picture on, the services'
/// own names from 760 px), else numbered with a key under the
/// rows (both at 320 px).
#[test]
fn a_pictures_matrix_turns_its_headings_where_they_fit_else_numbers_them() {
    let mut long = bundled();
    for view in &mut long.views {
        for panel in &mut view.panels {
            for mark in &mut panel.marks {
                if mark.service.is_some() {
                    mark.label = None;
                }
            }
        }
    }
    for (d, sizes) in [
        (bundled(), [(WIDTH, true), (480.0, true), (320.0, false)]),
        (long, [(WIDTH, true), (760.0, true), (320.0, false)]),
    ] {
        let view = d
            .views
            .iter()
            .find(|v| v.panels.iter().any(|p| p.kind == PanelKind::Matrix))
            .expect("a matrix");
        for lang in Lang::ALL {
            let c = build(view, &d, lang).expect("chart");
            let across = &c.panels[0].across;
            let footer = image_footer(&c, &d, lang, URL, "2026-11-22");
            for (width, turned) in sizes {
                let s = scene_at(&c, &footer, width);
                let what = format!("at {width} px ({}): {across:?}", lang.code());
                assert_texts_fit(&s, width, &what);
                assert_texts_apart(&s, &what);
                let all = all_text(&s);
                let keyed = across
                    .iter()
                    .enumerate()
                    .all(|(n, h)| all.contains(&norm(&format!("{} {h}", n + 1))));
                if turned {
                    assert_eq!(turned_texts(&s).join(" "), across.join(" "), "{what}");
                    assert!(!keyed, "{what}: no key");
                    assert_cells_under_their_headings(&s, across.len(), &what);
                } else {
                    assert!(turned_texts(&s).is_empty(), "{what}");
                    assert!(keyed, "{what}: a key");
                }
            }
        }
    }
}

/// A picture draws a view's shorter labels as the page does: beside their
/// bars where it is wide (the download's width, an embed's 600 px answer),
/// above them where it is narrow (480 px), each inside the picture and apart.
#[test]
fn a_pictures_short_labels_stand_beside_their_bars_where_it_is_wide() {
    let d = bundled();
    let view = d.view("context").expect("view");
    for lang in Lang::ALL {
        let c = build(view, &d, lang).expect("chart");
        let bars = c
            .panels
            .iter()
            .find(|p| p.kind == PanelKind::Bars && p.short_labels())
            .expect("a panel of short labels");
        let footer = image_footer(&c, &d, lang, URL, "2026-11-22");
        for (width, beside) in [(WIDTH, true), (600.0, true), (480.0, false)] {
            let s = scene_at(&c, &footer, width);
            let what = format!("at {width} px ({})", lang.code());
            assert_texts_fit(&s, width, &what);
            assert_texts_apart(&s, &what);
            for m in &bars.marks {
                // The label's right end and its letters' middle (0.7 of its
                // size under its line's top, where the SVG puts it).
                let (right, middle) = s
                    .shapes
                    .iter()
                    .find_map(|sh| match sh {
                        Shape::Text {
                            x, y, text, size, ..
                        } if text == m.label() => {
                            Some((x + text_width(text, *size, false), y + size * 0.7))
                        }
                        _ => None,
                    })
                    .unwrap_or_else(|| panic!("{what}: {}", m.label()));
                let level = s.shapes.iter().any(|sh| {
                    matches!(sh, Shape::Rect { x, y, h, fill: Some(_), .. }
                        if *x >= right && *y <= middle && middle <= y + h)
                });
                assert_eq!(level, beside, "{what}: {} beside its bar", m.label());
            }
        }
    }
}

/// A picture's bars say their values and nothing more: an axis's "0" and
/// "3,000" under them said again what the values say. Each bundled chart's
/// bars alone, at the full width and a phone's: every text between the
/// panel's title and the source line is a run of whole words of a bar's
/// label or value.
#[test]
fn a_pictures_bars_carry_their_values_and_no_axis() {
    let d = bundled();
    let whole_words =
        |text: &str, of: &str| format!(" {} ", norm(of)).contains(&format!(" {} ", norm(text)));
    let mut seen = 0;
    for lang in Lang::ALL {
        for view in &d.views {
            let mut c = build(view, &d, lang).expect("chart");
            c.panels.retain(|p| p.kind == PanelKind::Bars);
            let Some(bars) = c.panels.first().cloned() else {
                continue;
            };
            c.panels.truncate(1);
            c.notes.clear();
            let footer = image_footer(&c, &d, lang, URL, "2026-11-22");
            for width in [WIDTH, 360.0] {
                let s = scene_at(&c, &footer, width);
                let texts: Vec<&str> = s.texts().collect();
                let title = texts
                    .iter()
                    .position(|t| whole_words(t, &bars.title))
                    .unwrap_or_else(|| panic!("{}: {}", view.id, bars.title));
                let foot = texts
                    .iter()
                    .position(|t| whole_words(t, &footer.sources))
                    .expect("the source line");
                for t in texts[title + 1..foot]
                    .iter()
                    .filter(|t| !whole_words(t, &bars.title))
                {
                    let said = bars
                        .marks
                        .iter()
                        .any(|m| whole_words(t, m.label()) || whole_words(t, &m.display));
                    assert!(
                        said,
                        "{} at {width} px ({}): \"{t}\" is no bar's label or value",
                        view.id,
                        lang.code()
                    );
                }
                seen += 1;
            }
        }
    }
    assert!(seen >= 8, "{seen}");
}

#[test]
fn svg_is_standalone_and_escapes_hostile_labels() {
    let mut d = bundled();
    let hostile = "<script>alert(1)</script> & \"x\" 'y'";
    let f = d
        .figures
        .iter_mut()
        .find(|f| f.topic == iop_dashboard::data::Topic::Housing)
        .expect("housing");
    f.label.sv = hostile.into();
    let view = d
        .views
        .iter()
        .find(|v| build(v, &d, Lang::Sv).is_ok_and(|c| c.marks().any(|m| m.category == hostile)))
        .expect("a view that shows the housing figure's label")
        .clone();
    let c = build(&view, &d, Lang::Sv).expect("chart");
    let text = chart_svg(&c, &d, Lang::Sv, URL, "2026-11-22");
    // Read back by an XML parser: well-formed, no element opened by the
    // label, and the label as the text it was, whole, on one of the lines.
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut elements, mut texts) = (Vec::new(), Vec::new());
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) | Ok(quick_xml::events::Event::Empty(e)) => {
                elements.push(String::from_utf8_lossy(e.name().as_ref()).into_owned());
                assert!(
                    e.attributes()
                        .all(|a| a.is_ok_and(|a| a.key.as_ref() != b"href")),
                    "no external references"
                );
            }
            Ok(quick_xml::events::Event::Text(t)) => {
                texts.push(t.unescape().expect("text unescapes").into_owned());
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed XML: {e}"),
        }
    }
    assert_eq!(elements.first().map(String::as_str), Some("svg"));
    assert!(!elements.iter().any(|e| e == "script"), "{elements:?}");
    assert!(texts.iter().any(|t| t.contains(hostile)), "{texts:?}");
    assert!(texts.contains(&c.title), "the title is the chart's");
}

/// The bundled view whose series the tests below lengthen or thicken.
fn time_axis_view(d: &Dataset) -> iop_dashboard::data::View {
    d.views
        .iter()
        .find(|v| v.panels.iter().any(|p| p.kind == PanelKind::Columns))
        .expect("a view with a time axis")
        .clone()
}

/// A long series pictured: the axis labels and the values it shows never
/// meet and stay inside the picture, at both widths, in both languages (by
/// the page's rule, `kinds::columns::label_shows`).
#[test]
fn a_long_series_is_pictured_with_labels_and_values_apart() {
    let mut d = bundled();
    let view = time_axis_view(&d);
    let point = d.series[0].points[0].clone();
    for (periods, monthly) in [(40, false), (48, true)] {
        d.series[0].points = (0..periods)
            .map(|i| iop_dashboard::data::Point {
                period: if monthly {
                    format!("{}-{:02}", 2015 + i / 12, i % 12 + 1)
                } else {
                    (1985 + i).to_string()
                },
                value: Some(Value::Number(if i == 20 {
                    9000.0
                } else {
                    1000.0 + f64::from(i) * 40.0
                })),
                ..point.clone()
            })
            .collect();
        for (s, lang, what) in pictured(&view, &d, &format!("{periods} periods")) {
            // The peak's value, clear of its neighbours, is there.
            assert!(
                norm(&all_text(&s)).contains(&norm(&format::number(9000.0, lang))),
                "{what}"
            );
        }
    }
    // Periods that are not years or months (days, intervals) are drawn in the
    // order listed, each labelled by its dates, however long: apart, inside.
    d.series[0].points = [
        "2015-03-01/2015-12-31",
        "2016-01-01/2016-12-31",
        "2017-01-01/2017-06-30",
        "2017-08-22",
    ]
    .iter()
    .map(|p| iop_dashboard::data::Point {
        period: p.to_string(),
        value: Some(Value::Number(10.0)),
        ..point.clone()
    })
    .collect();
    pictured(&view, &d, "intervals");
}

/// A dense series pictured where its highest column's value does not fit
/// (a keeper's twelve close months at 480 px): the grid lines carry their
/// values beside the plot, each at its line, apart from every other text;
/// at 760 px, where the columns' values show, the grid stays quiet.
#[test]
fn a_dense_series_picture_labels_its_grid_lines_where_its_values_cannot_show() {
    let d = bundled();
    let view = time_axis_view(&d);
    let d = shared::with_months(d, &shared::CLOSE_MONTHS);
    for (s, lang, what) in pictured(&view, &d, "twelve months") {
        let grid: Vec<(f64, f64)> = level_grid(&s)
            .into_iter()
            .map(|(x1, _, y)| (x1, y))
            .collect();
        let plot_left = grid.iter().map(|g| g.0).fold(f64::INFINITY, f64::min);
        let ticks = [0.0, 2500.0, 5000.0, 7500.0, 10000.0].map(|t| format::number(t, lang));
        let labels: Vec<(f64, f64)> = s
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text {
                    x,
                    y,
                    text,
                    anchor: Anchor::End,
                    ..
                } if ticks.contains(text) => Some((*x, *y)),
                _ => None,
            })
            .collect();
        if s.width < WIDTH {
            assert_eq!(labels.len(), ticks.len(), "{what}");
            // Each left of the plot, level with a grid line of its own.
            for (x, y) in &labels {
                assert!(*x <= plot_left - 4.0, "{what}: {x} against {plot_left}");
                let line = grid
                    .iter()
                    .map(|g| (g.1 - (y + 7.2)).abs())
                    .fold(f64::MAX, f64::min);
                assert!(line < 1.0, "{what}: a label {line} px from its line");
            }
            assert!(
                plot_left > 24.0 + 30.0,
                "{what}: the plot starts at {plot_left}"
            );
        } else {
            assert_eq!(labels, [], "{what}");
            assert_eq!(plot_left, 24.0, "{what}");
            // Every month's value is on its column instead.
            let text = norm(&all_text(&s));
            assert!(
                shared::CLOSE_MONTHS
                    .iter()
                    .all(|v| text.contains(&norm(&format::number(f64::from(*v), lang)))),
                "{what}"
            );
        }
    }
}

/// The view's picture at both widths in both languages, each checked for
/// texts inside the picture and apart; with its language and its name.
fn pictured(
    view: &iop_dashboard::data::View,
    d: &Dataset,
    name: &str,
) -> Vec<(Scene, Lang, String)> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let c = build(view, d, lang).expect("chart");
        let footer = image_footer(&c, d, lang, URL, "2026-11-22");
        for (s, width) in [
            (scene(&c, &footer), WIDTH),
            (scene_at(&c, &footer, 480.0), 480.0),
        ] {
            let what = format!("{name} at {width} px ({})", lang.code());
            assert_texts_fit(&s, width, &what);
            assert_texts_apart(&s, &what);
            out.push((s, lang, what));
        }
    }
    out
}

#[test]
fn narrow_pictures_wrap_their_text_and_keep_every_mark_and_source() {
    let d = bundled();
    for lang in Lang::ALL {
        for view in &d.views {
            let id = &view.id;
            let c = build(view, &d, lang).expect("chart");
            let url = format!(
                "https://data.example.se/iop/?lang={}&chart={id}",
                lang.code()
            );
            let footer = picture_footer(&c, &d, lang, &url);
            assert_eq!(footer.sources, cited(&d, &c.sources(), lang));
            // Whose, which licence, how recent (the data's date: the build
            // knows no reader's) and where the chart lives.
            let label = match lang {
                Lang::Sv => "Uppdaterad",
                Lang::En => "Updated",
            };
            let updated = format!("{label}\u{a0}{}", format::date(&d.updated, lang));
            assert_eq!(
                footer.credit,
                format!(
                    "{} · {updated} · {url}",
                    preview_footer(&c, &d, lang).credit
                )
            );
            let narrow = scene_at(&c, &footer, 480.0);
            let wide = scene(&c, &footer);
            assert_eq!(narrow.width, 480.0);
            assert!(narrow.height >= wide.height, "{id:?}: wraps to more lines");
            let all = all_text(&narrow);
            assert_marks_said(&c, &narrow, &all, id);
            assert!(all.contains(&norm(&footer.sources)) && all.contains(&norm(&footer.credit)));
            assert_texts_fit(&narrow, 480.0, &format!("{id:?}"));
            assert_texts_apart(&narrow, &format!("{id:?} at 480 px"));
        }
    }
}

#[test]
fn a_citation_line_names_each_source_once_by_short_name_and_year() {
    let d = bundled();
    let f = d
        .figures
        .iter()
        .find(|f| f.values.iter().any(|v| v.sources.len() > 1))
        .expect("a figure with two sources");
    let v = f
        .values
        .iter()
        .find(|v| v.sources.len() > 1)
        .expect("value");
    let line = cited(&d, &v.sources, Lang::Sv);
    assert!(line.starts_with("Källor: "), "{line}");
    for id in &v.sources {
        let src = d.source(id).expect("source");
        assert_eq!(
            line.matches(&format::citation_unbroken(&d, src, Lang::Sv))
                .count(),
            1,
            "{line}"
        );
    }
    let one = cited(&d, &v.sources[..1], Lang::En);
    assert!(one.starts_with("Source: ") && !one.contains(';'), "{one}");
}

/// Two sources by one publisher in one year are told apart by their full
/// dates; a source alone in its year keeps the year only. Built on a dataset of
/// our own, so the rule is tested whatever the bundled file cites.
#[test]
fn sources_by_one_publisher_in_one_year_are_cited_by_their_dates() {
    let mut d = bundled();
    let source = |id: &str, publisher: &str, short: Option<&str>, date: &str| {
        let mut s = d.sources[0].clone();
        s.id = id.into();
        s.publisher = publisher.into();
        s.short_name = short.map(Into::into);
        s.date = date.into();
        s
    };
    let sources = vec![
        source("a", "Stadsbladet", None, "2015-08"),
        source(
            "b",
            "Stadsbladet – nyheter",
            Some("Stadsbladet"),
            "2015-11-02",
        ),
        source("c", "Stadsbladet", None, "2016"),
        source("d", "Annan utgivare", None, "2015-08"),
        source("e", "Utan datum", None, ""),
    ];
    d.sources = sources;
    let cite = |id: &str, lang| format::citation(&d, d.source(id).expect(id), lang);
    assert_eq!(cite("a", Lang::Sv), "Stadsbladet augusti 2015");
    assert_eq!(cite("b", Lang::Sv), "Stadsbladet 2\u{a0}november 2015");
    assert_eq!(cite("b", Lang::En), "Stadsbladet 2\u{a0}November 2015");
    assert_eq!(cite("c", Lang::Sv), "Stadsbladet 2016");
    assert_eq!(cite("d", Lang::Sv), "Annan utgivare 2015");
    assert_eq!(cite("e", Lang::Sv), "Utan datum");
    // A picture's line keeps each date with its name.
    let line = cited(&d, &["a".into(), "b".into(), "e".into()], Lang::Sv);
    assert_eq!(
        line,
        "Källor: Stadsbladet\u{a0}augusti 2015; Stadsbladet\u{a0}2\u{a0}november 2015; Utan datum"
    );
}

#[test]
fn tidy_and_excel_dialects_differ_only_in_form() {
    use iop_dashboard::export::csv::{write, Cell};
    let rows = vec![vec![Cell::Number(2.5), Cell::from("-1 minus")]];
    assert_eq!(
        write(&["a", "b"], &rows, Dialect::Tidy),
        "a,b\n2.5,-1 minus\n"
    );
    assert_eq!(
        write(&["a", "b"], &rows, Dialect::Excel),
        "\u{feff}a;b\r\n2,5;'-1 minus\r\n"
    );
}

/// The pictures' palette is the stylesheet's light theme, and the first view's
/// inline picture maps each of its colours back to the theme's variable, so it
/// follows a dark theme too.
#[test]
fn the_picture_palette_is_the_light_theme() {
    use iop_dashboard::chart::image::palette::*;
    let css = std::fs::read_to_string("public/styles.css").expect("stylesheet");
    let light = |var: &str| -> String {
        let at = css.find(&format!("  --{var}: #")).expect(var) + var.len() + 6;
        css[at..at + 7].to_string()
    };
    for (var, colour) in [
        ("bg", BG),
        ("text", TEXT),
        ("muted", MUTED),
        ("mark-1", MARK_1),
        ("mark-2", MARK_2),
        ("border", BORDER),
        ("grid", GRID),
        ("gap", GAP),
    ] {
        assert_eq!(light(var), colour.hex(), "--{var}");
    }
}

// The CSV writer itself, read back by the csv crate.
#[test]
fn tidy_quotes_only_when_needed() {
    let rows = vec![vec![
        csv::Cell::from("plain"),
        csv::Cell::from("a, b"),
        csv::Cell::from("say \"hi\""),
        csv::Cell::from("two\nlines"),
        csv::Cell::Number(1500.0),
        csv::Cell::Number(12.5),
        csv::Cell::Bool(true),
        csv::Cell::Empty,
    ]];
    let out = csv::write(
        &["a", "b", "c", "d", "e", "f", "g", "h"],
        &rows,
        csv::Dialect::Tidy,
    );
    assert_eq!(
        out,
        "a,b,c,d,e,f,g,h\nplain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",1500,12.5,true,\n"
    );
    assert_eq!(read(&out, ',')[1][3], "two\nlines");
    assert_eq!(read(&out, ',')[1][2], "say \"hi\"");
}

#[test]
fn excel_dialect_for_swedish_settings() {
    let rows = vec![vec![
        csv::Cell::Number(12.5),
        csv::Cell::from("=HYPERLINK(\"x\")"),
        csv::Cell::from("a;b"),
    ]];
    let out = csv::write(&["tal", "text", "annat"], &rows, csv::Dialect::Excel);
    assert!(out.starts_with('\u{feff}'));
    assert_eq!(
        out,
        "\u{feff}tal;text;annat\r\n12,5;\"'=HYPERLINK(\"\"x\"\")\";\"a;b\"\r\n"
    );
    let back = read(&out, ';');
    assert_eq!(back[0], vec!["tal", "text", "annat"]);
    assert_eq!(back[1][2], "a;b");
}

#[test]
fn numbers_never_use_exponents_in_the_usual_range() {
    assert_eq!(csv::plain_number(1_000_000.0), "1000000");
    assert_eq!(csv::plain_number(0.25), "0.25");
    assert_eq!(csv::plain_number(-3.0), "-3");
}

/// The workbook read back by calamine (a reader the project did not write):
/// the about sheet first, then every tidy table as a sheet with its header and
/// each cell as its type: numbers as numbers, true/false as booleans, whole days
/// as dates, everything else (years, months, intervals) as the text it is.
#[test]
fn the_workbook_holds_every_table_typed_as_calamine_reads_it() {
    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
    use iop_dashboard::export::csv::Cell;
    use iop_dashboard::export::workbook::{workbook, ABOUT_SHEET, PUBLISH_EDIT};
    let d = bundled();
    let bytes = workbook(&d).expect("the workbook is written");
    let mut book: Xlsx<_> =
        open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("calamine opens it");
    let names = book.sheet_names();
    let tables = tables(&d);
    assert_eq!(names.len(), tables.len() + 1);
    assert_eq!(names[0], ABOUT_SHEET);
    let about = book.worksheet_range(ABOUT_SHEET).expect("about sheet");
    let text: Vec<String> = about.cells().map(|(_, _, c)| c.to_string()).collect();
    for lang in [Lang::Sv, Lang::En] {
        assert!(
            text.contains(&dataset_citation(&d, lang)),
            "citation {lang:?}"
        );
        assert!(text.contains(&lang.pick(&d.disclosure_rule).to_string()));
    }
    for how in PUBLISH_EDIT {
        assert!(text.contains(&how.to_string()), "{how}");
    }
    let mut days = 0;
    for t in &tables {
        let range = book.worksheet_range(t.name).expect(t.name);
        let rows: Vec<&[Data]> = range.rows().collect();
        assert_eq!(rows.len(), t.rows.len() + 1, "{}", t.name);
        let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
        assert_eq!(header, t.header(), "{}", t.name);
        for (r, (cells, read)) in t.rows.iter().zip(&rows[1..]).enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                let got = read.get(c).cloned().unwrap_or(Data::Empty);
                let at = format!("{}!{}:{}", t.name, r + 2, t.fields[c].name);
                match cell {
                    Cell::Number(n) => assert_eq!(got, Data::Float(*n), "{at}"),
                    Cell::Bool(b) => assert_eq!(got, Data::Bool(*b), "{at}"),
                    Cell::Empty => assert_eq!(got, Data::Empty, "{at}"),
                    Cell::Text(s) if s.is_empty() => assert_eq!(got, Data::Empty, "{at}"),
                    Cell::Text(s) => match got {
                        Data::DateTime(day) => {
                            days += 1;
                            let expected = rust_xlsxwriter::ExcelDateTime::parse_from_str(s)
                                .expect("a whole day")
                                .to_excel();
                            assert_eq!(day.as_f64(), expected, "{at}: {s}");
                            assert_eq!(s.len(), 10, "{at}: only whole days are dates");
                        }
                        other => assert_eq!(other, Data::String(s.clone()), "{at}"),
                    },
                }
            }
        }
    }
    // The bundled file has events and sources dated to the day.
    assert!(days > 0);
}

/// Every bundled view's chart in both languages, with its pictures at the
/// full width and at 480 px.
fn pictures(d: &Dataset) -> Vec<(String, Lang, Chart, [Scene; 2])> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for view in &d.views {
            let c = build(view, d, lang).expect("chart");
            let footer = picture_footer(&c, d, lang, "https://data.example.se/iop/");
            let scenes = [scene(&c, &footer), scene_at(&c, &footer, 480.0)];
            out.push((view.id.clone(), lang, c, scenes));
        }
    }
    out
}

/// A picture's source line keeps each source's date with the last word of its
/// name, as the page's does: a line never ends in "Chalmers" and starts the
/// next with "2016;".
#[test]
fn a_pictures_citations_keep_their_dates_with_their_names() {
    let d = bundled();
    let mut seen = 0;
    for (id, lang, c, scenes) in pictures(&d) {
        for source in c.sources().iter().filter_map(|s| d.source(s)) {
            let Some(when) = format::citation_date(&d, source, lang) else {
                continue;
            };
            let last_word = source
                .cited_name()
                .split(' ')
                .next_back()
                .unwrap_or_default();
            let first_of_date = when.split(' ').next().unwrap_or_default();
            let whole = norm(&format!("{last_word} {first_of_date}").replace('\u{a0}', " "));
            for s in &scenes {
                let held = s
                    .texts()
                    .any(|t| norm(&t.replace('\u{a0}', " ")).contains(&whole));
                assert!(held, "{id} ({lang:?}): \"{whole}\" is broken across lines");
                seen += 1;
            }
        }
    }
    assert!(seen >= 40, "{seen}");
}

/// A timeline picture has one axis, as on screen: a line from the first
/// event's dot to the last's, every dot on it; nothing of it above the first
/// dot, where the panel's title is (the screen's once ran through it).
#[test]
fn a_timeline_picture_has_one_axis_from_its_first_dot_to_its_last() {
    let mut seen = 0;
    for (id, _, c, scenes) in pictures(&bundled()) {
        let events: usize = c
            .panels
            .iter()
            .filter(|p| p.kind == PanelKind::Timeline)
            .map(|p| p.marks.len())
            .sum();
        if events == 0 {
            continue;
        }
        for s in scenes {
            let dots: Vec<(f64, f64)> = s
                .shapes
                .iter()
                .filter_map(|sh| match sh {
                    Shape::Circle { cx, cy, .. } => Some((*cx, *cy)),
                    _ => None,
                })
                .collect();
            assert_eq!(dots.len(), events, "{}: a dot per event", id);
            let axes: Vec<(f64, f64, f64)> = s
                .shapes
                .iter()
                .filter_map(|sh| match sh {
                    Shape::Line { x1, y1, x2, y2, .. }
                        if x1 == x2 && dots.iter().any(|d| d.0 == *x1) =>
                    {
                        Some((*x1, *y1, *y2))
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(axes.len(), 1, "{}: one axis, {axes:?}", id);
            let (x, top, bottom) = axes[0];
            assert!(
                dots.iter().all(|d| d.0 == x),
                "{}: every dot on the axis",
                id
            );
            let first = dots.iter().map(|d| d.1).fold(f64::INFINITY, f64::min);
            let last = dots.iter().map(|d| d.1).fold(f64::NEG_INFINITY, f64::max);
            assert_eq!(
                (top, bottom),
                (first, last),
                "{}: from the first dot to the last",
                id
            );
            seen += 1;
        }
    }
    assert!(seen > 0, "the bundled data has a timeline");
}

/// A time axis pictured: its values are drawn after every column, gap and
/// grid line, each on a ring of the background (`halo`), so a grid line or a
/// neighbouring gap's dashed edge stops short of its letters, as on the page;
/// the SVG, read back by an XML reader, strokes exactly those texts in the
/// background's colour under their fill.
///
/// The same with a count withheld by the disclosure rule ("<5") after the
/// last year: a gap whose label ("fewer than 5") stands in its own place.
#[test]
fn a_time_axis_values_stand_over_its_marks_on_a_halo() {
    let withheld = shared::with_withheld_count(bundled());
    for (d, withheld) in [(bundled(), false), (withheld, true)] {
        let views: Vec<_> = d
            .views
            .iter()
            .filter(|v| v.panels.iter().any(|p| p.kind == PanelKind::Columns))
            .collect();
        assert!(!views.is_empty(), "a bundled view has a time axis");
        for view in views {
            for lang in Lang::ALL {
                let c = build(view, &d, lang).expect("chart");
                let values: Vec<String> = c
                    .panels
                    .iter()
                    .filter(|p| p.kind == PanelKind::Columns)
                    .flat_map(|p| p.marks.iter().map(|m| norm(&m.display)))
                    .collect();
                let footer = image_footer(&c, &d, lang, URL, "2026-11-22");
                // At 600 px "no figure" is wider than its dashed place less its
                // margins and wraps; at 480 px (the narrow picture) "uppgift" is
                // wider than that, so it turns, as on the page ("figure" fits).
                for (s, width) in [
                    (scene(&c, &footer), WIDTH),
                    (scene_at(&c, &footer, 600.0), 600.0),
                    (scene_at(&c, &footer, 480.0), 480.0),
                ] {
                    let what = format!("{} ({}, {width} px)", view.id, lang.code());
                    let haloed = haloed_texts(&s);
                    assert_values_on_top(&s, &haloed, &values, &what);
                    let in_gaps = norm(&assert_gap_labels_inside(&s, &haloed, &what).join(" "));
                    if withheld {
                        let fewer = format::value(Value::Suppressed, d.series[0].unit, None, lang);
                        assert!(
                            in_gaps.contains(&fewer),
                            "{what}: {fewer} in a gap: {in_gaps}"
                        );
                    }
                    assert_texts_apart(&s, &what);
                    assert_eq!(
                        svg_turned_texts(&svg(&s), &what),
                        turned_texts(&s),
                        "{what}: the SVG turns the texts the scene turns"
                    );
                    if width <= 480.0 && lang == Lang::Sv {
                        assert!(
                            !turned_texts(&s).is_empty(),
                            "{what}: the gap's label turned"
                        );
                    }
                    if width == WIDTH {
                        // The SVG: exactly those texts carry the halo's stroke.
                        let svg = chart_svg(&c, &d, lang, URL, "2026-11-22");
                        let expected: Vec<String> =
                            haloed.iter().map(|(_, t)| t.to_string()).collect();
                        assert_eq!(svg_stroked_texts(&svg, &what), expected, "{what}");
                    }
                }
            }
        }
    }
}

/// The texts of a scene drawn on a halo, with their places in its order.
fn haloed_texts(s: &Scene) -> Vec<(usize, &str)> {
    s.shapes
        .iter()
        .enumerate()
        .filter_map(|(i, shape)| match shape {
            Shape::Text {
                text, halo: true, ..
            } => Some((i, text.as_str())),
            _ => None,
        })
        .collect()
}

/// The haloed texts are the values, whole (a wrapped one in its lines) and
/// nothing else, drawn together after every mark of the plot.
fn assert_values_on_top(s: &Scene, haloed: &[(usize, &str)], values: &[String], what: &str) {
    assert!(!haloed.is_empty(), "{what}: values on a halo");
    let lines = norm(&haloed.iter().map(|(_, t)| *t).collect::<Vec<_>>().join(" "));
    for v in values {
        assert!(lines.contains(v.as_str()), "{what}: {v} in {lines}");
    }
    for (_, t) in haloed {
        assert!(
            values.iter().any(|v| v.contains(norm(t).as_str())),
            "{what}: {t} is not a value"
        );
    }
    // Over the plot: no rectangle or line after the first value until the
    // axis's rule under the columns.
    let (first, last) = (haloed[0].0, haloed[haloed.len() - 1].0);
    assert!(
        s.shapes[first..=last]
            .iter()
            .all(|shape| matches!(shape, Shape::Text { halo: true, .. })),
        "{what}: values drawn together, last"
    );
    let dashed_place = |shape: &Shape| matches!(shape, Shape::Rect { stroke: Some(st), fill: None, .. } if st.dash.is_some());
    assert!(
        s.shapes[..first].iter().any(dashed_place),
        "{what}: the gap's dashed place is drawn before the values"
    );
}

/// A gap's label stands inside its dashed place, clear of its sides.
fn assert_gap_labels_inside<'a>(
    s: &'a Scene,
    haloed: &[(usize, &str)],
    what: &str,
) -> Vec<&'a str> {
    let mut gap_labels = Vec::new();
    for shape in &s.shapes {
        let Shape::Rect {
            x,
            y,
            w,
            h,
            stroke: Some(st),
            fill: None,
        } = shape
        else {
            continue;
        };
        if st.color != palette::GAP {
            continue;
        }
        for (text, from, to, top, bottom) in haloed
            .iter()
            .filter_map(|(i, _)| text_box(&s.shapes[*i]))
            .filter(|(_, from, to, _, _)| (x..=&(x + w)).contains(&&((from + to) / 2.0)))
        {
            gap_labels.push(text);
            assert!(
                from >= x + 2.0 && to <= x + w - 2.0,
                "{what}: {text} ({from:.1}–{to:.1}) touches its place ({x:.1}–{:.1})",
                x + w
            );
            assert!(
                top >= y + 2.0 && bottom <= y + h - 2.0,
                "{what}: {text} ({top:.1}–{bottom:.1}) leaves its place ({y:.1}–{:.1})",
                y + h
            );
        }
    }
    assert!(!gap_labels.is_empty(), "{what}: a gap's label");
    gap_labels
}

/// The texts a scene turns.
/// A turned matrix's cells stand under their headings: the first row's
/// cells, left to right, each across its own heading's lines (a line's box
/// runs across from its `x`, a line high), however many lines each heading
/// takes.
fn assert_cells_under_their_headings(s: &Scene, cols: usize, what: &str) {
    let mut lines: Vec<f64> = s
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text {
                x, turned: true, ..
            } => Some(*x),
            _ => None,
        })
        .collect();
    lines.sort_by(f64::total_cmp);
    let cells: Vec<f64> = s
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Rect { x, w, h, .. } if w == h && *w < 20.0 => Some(x + w / 2.0),
            _ => None,
        })
        .take(cols)
        .collect();
    assert_eq!(cells.len(), cols, "{what}");
    // The headings' lines, grouped by the gaps between two headings (wider
    // than between two lines of one).
    let mut headings: Vec<(f64, f64)> = Vec::new();
    for x in lines {
        match headings.last_mut() {
            Some((_, last)) if x - *last < 16.0 => *last = x,
            _ => headings.push((x, x)),
        }
    }
    assert_eq!(headings.len(), cols, "{what}: {headings:?}");
    for (c, (cell, (first, last))) in cells.iter().zip(&headings).enumerate() {
        assert!(
            *cell >= *first && *cell <= *last + 15.0,
            "{what}: column {c}'s cells at {cell} under lines {first}..{last}"
        );
    }
}

fn turned_texts(s: &Scene) -> Vec<String> {
    s.shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text {
                text, turned: true, ..
            } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// The texts an SVG turns a quarter anticlockwise about their own start
/// (`rotate(-90 x y)` with the text's `x`).
fn svg_turned_texts(svg: &str, what: &str) -> Vec<String> {
    svg_texts(svg, what, |attr| match attr(b"transform") {
        Some(t) => {
            let x = attr(b"x").unwrap_or_default();
            assert!(t.starts_with(&format!("rotate(-90 {x} ")), "{what}: {t}");
            true
        }
        None => false,
    })
}

/// The texts an SVG strokes under their fill (`paint-order="stroke"`); each
/// stroke must be the background's white.
fn svg_stroked_texts(svg: &str, what: &str) -> Vec<String> {
    svg_texts(svg, what, |attr| {
        let stroked = attr(b"paint-order").as_deref() == Some("stroke");
        if stroked {
            assert_eq!(attr(b"stroke").as_deref(), Some("#ffffff"), "{what}");
        }
        stroked
    })
}

/// The texts of an SVG's `<text>` elements whose attributes `pick` accepts
/// (it is given a lookup by name), read back by an XML reader (quick-xml).
fn svg_texts(
    svg: &str,
    what: &str,
    pick: impl Fn(&dyn Fn(&[u8]) -> Option<String>) -> bool,
) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(svg);
    let (mut texts, mut picked) = (Vec::new(), false);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == b"text" => {
                let attr = |k: &[u8]| {
                    e.attributes()
                        .filter_map(Result::ok)
                        .find(|a| a.key.as_ref() == k)
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                };
                picked = pick(&attr);
            }
            Ok(quick_xml::events::Event::Text(t)) if picked => {
                texts.push(t.unescape().expect("text").into_owned());
                picked = false;
            }
            Ok(quick_xml::events::Event::Eof) => return texts,
            Ok(_) => {}
            Err(e) => panic!("{what}: not well-formed XML: {e}"),
        }
    }
}

/// The tools' wasm (`app::files`) reads the file text again and makes the
/// chart the page built from it: every bundled view's text files are those
/// of the page's chart, and a text, view, or format it does not know gives
/// nothing rather than another chart's file.
#[test]
fn the_tools_make_the_files_of_the_chart_the_page_built() {
    use iop_dashboard::app::files::{chart_citation as made_citation, chart_file, Format};
    let text = include_str!("../data/iop-ensamkommande.json");
    let d = bundled();
    let (url, today) = ("https://example.org/iop/?chart=x", "2026-12-02");
    for view in &d.views {
        for lang in Lang::ALL {
            let chart = build(view, &d, lang).expect("chart");
            let made = |f| chart_file(text, &view.id, lang, f, url, today);
            assert_eq!(made(Format::Csv), Some(chart_csv(&chart)), "{}", view.id);
            assert_eq!(
                made(Format::Json),
                Some(chart_json(&chart, &d, lang, url, today))
            );
            assert_eq!(
                made(Format::Svg),
                Some(chart_svg(&chart, &d, lang, url, today))
            );
            assert_eq!(
                made_citation(text, &view.id, lang, url, today),
                Some(chart_citation(&chart, &d, lang, url, today))
            );
        }
    }
    assert_eq!(
        chart_file(text, "no-such-view", Lang::Sv, Format::Csv, url, today),
        None
    );
    assert_eq!(
        chart_file(
            "{\"not\": \"a dataset\"}",
            &d.views[0].id,
            Lang::Sv,
            Format::Csv,
            url,
            today
        ),
        None
    );
    assert_eq!(
        made_citation("", &d.views[0].id, Lang::En, url, today),
        None
    );
    for f in Format::ALL {
        assert_eq!(Format::from_id(f.id()), Some(f));
    }
    assert_eq!(Format::from_id("xlsx"), None);
}

/// A picture's secondary marks are dotted and never hatched: its notes say
/// "hatched bars are uncertain figures", and a hatched secondary bar (the
/// IOP's 200 new housing places once) read as an uncertain one. Checked in
/// every bundled view's picture at both widths, in both languages.
#[test]
fn a_pictures_secondary_marks_are_dotted_not_hatched() {
    let mut secondary = 0;
    for (id, _, _, scenes) in pictures(&bundled()) {
        for s in scenes {
            let inside = |(x, y, w, h): (f64, f64, f64, f64), (px, py): (f64, f64)| {
                (x..=x + w).contains(&px) && (y..=y + h).contains(&py)
            };
            for sh in &s.shapes {
                let Shape::Rect {
                    x, y, w, h, fill, ..
                } = sh
                else {
                    continue;
                };
                if *fill != Some(palette::MARK_2) || *w < 16.0 {
                    continue;
                }
                secondary += 1;
                let r = (*x, *y, *w, *h);
                let (mut dots, mut lines) = (0, 0);
                for other in &s.shapes {
                    match other {
                        Shape::Circle { cx, cy, fill, .. }
                            if inside(r, (*cx, *cy)) && *fill == Some(palette::BG) =>
                        {
                            dots += 1
                        }
                        Shape::Line { x1, y1, x2, y2, .. }
                            if inside(r, (*x1, *y1)) && inside(r, (*x2, *y2)) =>
                        {
                            lines += 1
                        }
                        _ => {}
                    }
                }
                assert!(dots > 2, "{}: a secondary mark without dots", id);
                assert_eq!(lines, 0, "{}: a secondary mark hatched", id);
            }
        }
    }
    assert!(
        secondary >= 8,
        "the bundled views draw secondary marks: {secondary}"
    );
}

/// A short series pictured: one to three periods' columns are as wide as a
/// series of four's, each centred in its place (the page's rule,
/// `kinds::columns::column_across`), where one year alone filled the plot.
/// A picture's time-axis grid lines, each as (x1, x2, y): level, where a
/// bar's grid stands upright.
fn level_grid(s: &Scene) -> Vec<(f64, f64, f64)> {
    s.shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Line {
                x1,
                x2,
                y1,
                y2,
                stroke,
            } if stroke.color == palette::GRID && y1 == y2 => Some((*x1, *x2, *y1)),
            _ => None,
        })
        .collect()
}

/// A gap's dashed box is drawn as on the page: `gap_across` of its place,
/// centred (the picture's was 0.76 of it, the page's 0.7), whatever the
/// series' length; its label is turned by that box.
#[test]
fn a_pictures_gap_box_is_the_pages() {
    use iop_dashboard::chart::kinds::columns::gap_across;
    let d = bundled();
    let view = time_axis_view(&d);
    let (at, share) = gap_across();
    let mut seen = 0;
    for (s, lang, what) in pictured(&view, &d, "the bundled series") {
        let c = build(&view, &d, lang).expect("chart");
        let axis = c
            .panels
            .iter()
            .find(|p| p.kind == PanelKind::Columns)
            .expect("a time axis");
        let gaps: Vec<usize> = axis
            .marks
            .iter()
            .filter(|m| m.style == MarkStyle::Gap)
            .map(|m| m.slot)
            .collect();
        // The grid's lines span the plot.
        let (left, right) = level_grid(&s)
            .into_iter()
            .fold((f64::INFINITY, 0.0_f64), |(l, r), (a, b, _)| {
                (l.min(a), r.max(b))
            });
        let place = (right - left) / axis.across.len() as f64;
        let boxes: Vec<(f64, f64)> = s
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Rect {
                    x,
                    w,
                    fill: None,
                    stroke: Some(stroke),
                    ..
                } if stroke.color == palette::GAP && stroke.dash.is_some() => Some((*x, *w)),
                _ => None,
            })
            .collect();
        assert_eq!(boxes.len(), gaps.len(), "{what}");
        for ((x, w), slot) in boxes.iter().zip(&gaps) {
            assert!(
                (w - place * share).abs() < 0.01,
                "{what}: {w} of a {place} place"
            );
            let from = left + *slot as f64 * place;
            assert!((x - from - place * at).abs() < 0.01, "{what}: at {x}");
        }
        seen += gaps.len();
    }
    assert!(seen > 0);
}

#[test]
fn a_short_series_is_pictured_with_columns_no_wider_than_four_periods() {
    let mut d = bundled();
    let view = time_axis_view(&d);
    let first = d.series[0].points[0].clone();
    for periods in 1..=3 {
        d.series[0].points = (0..periods)
            .map(|i| iop_dashboard::data::Point {
                period: (2015 + i).to_string(),
                value: Some(Value::Number(f64::from(1000 * (i + 1)))),
                uncertain: false,
                note: None,
                ..first.clone()
            })
            .collect();
        for (s, _, what) in pictured(&view, &d, &format!("{periods} periods")) {
            let level = level_grid(&s);
            let left = level.iter().map(|l| l.0).fold(f64::INFINITY, f64::min);
            let right = level.iter().map(|l| l.1).fold(0.0, f64::max);
            let top = level.iter().map(|l| l.2).fold(f64::INFINITY, f64::min);
            let bottom = level.iter().map(|l| l.2).fold(0.0, f64::max);
            let plot = right - left;
            // Its columns: standing on its foot, under its top.
            let columns: Vec<(f64, f64)> = s
                .shapes
                .iter()
                .filter_map(|shape| match shape {
                    Shape::Rect {
                        x,
                        y,
                        w,
                        h,
                        fill: Some(fill),
                        ..
                    } if *fill == palette::MARK_1 && *y >= top && (y + h - bottom).abs() < 0.01 => {
                        Some((*x, *w))
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(columns.len(), periods as usize, "{what}");
            let place = plot / f64::from(periods);
            for (k, (x, w)) in columns.iter().enumerate() {
                assert!((w - plot * 0.19).abs() < 0.01, "{what}: {w} of {plot}");
                let centre = left + (k as f64 + 0.5) * place;
                assert!((x + w / 2.0 - centre).abs() < 0.01, "{what}: column {k}");
            }
        }
    }
}
