//! How tall a widget is in a column of a given width, worked out without a
//! browser. Two frames need it before the widget can say so itself: the
//! plain iframe a web editor pastes, whose height is written in its code and
//! never changes, and the frame a publishing tool makes from an oEmbed answer,
//! until the widget reports its own height. The end-to-end tests hold both to
//! the heights measured in the browser (`embed.spec.mjs`,
//! `publishing.spec.mjs`).

use super::Widget;
use crate::chart::image::panel_height;
use crate::chart::kinds::matrix::{css, key as key_styles, turned_headings, TurnedColumns};
use crate::chart::kinds::timeline::lead;
use crate::chart::text::{text_width, wrap};
use crate::chart::{build, Chart, Panel, PanelKind};
use crate::data::Dataset;
use crate::export::cited;
use crate::i18n::Lang;
use crate::state::View;

/// The widget's height, in CSS pixels, in a column `width` px wide (at least
/// 320, the narrowest the embeds reflow to), as a chart or as its table.
pub fn at(widget: &Widget, view: View, lang: Lang, d: &Dataset, width: u32) -> u32 {
    let width = width.max(320);
    match widget {
        // The key figures are cards either way: they have no table.
        Widget::KeyFigures => {
            // The cards share rows as the width allows: each takes a share of
            // the height that grows as the column narrows.
            let cards = d.headline_figures().count() as u32;
            KEY_FIGURES_FRAME + cards * (2 + KEY_FIGURE_AT_600 * 600 / width)
        }
        Widget::View(id) => {
            let Some(chart) = d.view(id).and_then(|v| build(v, d, lang).ok()) else {
                return 400;
            };
            match view {
                View::Chart => chart_height(&chart, d, lang, width),
                View::Table => table_height(&chart, d, lang, f64::from(width)).ceil() as u32,
            }
        }
    }
}

/// The words around a chart's panels are counted as the embed sets them, as
/// a table's are; a timeline's events and a matrix's rows too, which the
/// page sets otherwise than the picture. Other panels are laid out as their
/// picture's are (`image::panel_height`, the layout the page's chart
/// follows) and made as much shorter as the embeds measured.
fn chart_height(chart: &Chart, d: &Dataset, lang: Lang, width: u32) -> u32 {
    let column = f64::from(width);
    let words = Words::new(column);
    let panels: f64 = chart
        .panels
        .iter()
        .map(|p| match p.kind {
            PanelKind::Timeline => timeline_height(p, &words, column),
            PanelKind::Matrix => matrix_height(p, &words, lang),
            _ => panel_height(p, column) * PANEL_TO_PAGE,
        })
        .sum();
    (words.top(chart) + panels + words.bottom(chart, d, lang)) as u32
}

/// A timeline as the embed's style sheet sets it (`.panel-timeline`): each
/// event a row, with the time since the one before as space above it; in a
/// column wider than 36 rem the date in a 10 rem column before the axis and
/// the event after it, in a narrower one the date and the event as one
/// paragraph right of the axis. The picture sets its events otherwise: made
/// shorter, it was 11 % under to 21 % over.
fn timeline_height(panel: &Panel, words: &Words, column: f64) -> f64 {
    let lines = Words::lines;
    let title = if panel.title.is_empty() {
        0.0
    } else {
        lines(&panel.title, words.inner, 15.0, true) * LINE
    };
    let rows: f64 = panel
        .marks
        .iter()
        .enumerate()
        .map(|(j, m)| {
            let text = if column > NARROW {
                // The date's column, the dot's and their gaps; the mark's padding.
                let event = words.inner - 160.0 - 20.0 - 16.0 - 8.0;
                lines(&m.display, 160.0, 15.0, false).max(lines(m.label(), event, 15.0, false))
            } else {
                let event = format!("{} {}", m.display, m.label());
                lines(&event, words.inner - 28.0, 15.0, false)
            };
            // Its padding, and 0.25 rem a year since the event before.
            text * LINE + 2.0 + lead(panel, j) * 4.0
        })
        .sum();
    title + rows
}

/// A matrix as the embed's style sheet sets it (`.matrix`): a row of
/// headings, then a row for each party. In a plot wider than 30 rem the names
/// are a column beside the cells (its top holding the note, the key and the
/// corner's label, beside the headings); in a narrower one each name is a
/// line of its own above its cells, and the corner a row above the headings.
/// The headings are turned where the plot has room for their columns
/// (`kinds::matrix::TurnedColumns`, as the page's CSS works it out), else
/// numbered and listed under the matrix. The picture always numbers them and
/// sets the names beside: made shorter, it was 13 % to 24 % over at 320 px.
fn matrix_height(panel: &Panel, words: &Words, lang: Lang) -> f64 {
    let lines = Words::lines;
    let plot = words.inner;
    let narrow = plot <= PLOT_NARROW;
    let headings = turned_headings(&panel.across);
    let columns = TurnedColumns::of(&headings);
    let line = css::HEADING_REM * css::HEADING_LINE_HEIGHT;
    let beside = if narrow { 0.0 } else { NAMES_LEAST_REM };
    let turned = (columns.width(line) + beside) * REM <= plot;
    let heading_size = css::HEADING_REM * REM;
    let (head, key) = if turned {
        let longest = headings
            .iter()
            .flatten()
            .map(|l| text_width(l, heading_size, false))
            .fold(0.0, f64::max);
        (longest + 4.0, 0.0)
    } else {
        // The numbers' line; each heading listed under the matrix.
        let listed: f64 = panel
            .across
            .iter()
            .map(|h| lines(h, plot - 28.0, 14.0, false) * 14.0 * 1.3)
            .sum();
        (21.0 + 4.0, 7.0 + listed)
    };
    // The corner's note, key and label, in the names' column or across.
    let names = if narrow {
        plot
    } else {
        let cells = if turned {
            columns.width(line) * REM
        } else {
            panel.across.len() as f64 * css::COLUMN_REM * REM
        };
        (plot - cells).min(NAMES_MOST_REM * REM)
    };
    let room = names - 8.0;
    let small = heading_size * 1.4;
    // The key's items wrap whole (`.matrix-legend`): each a 1 rem swatch,
    // 0.25 rem and its words, 0.75 rem between two on a line.
    let (mut key_lines, mut x) = (0.0, f64::INFINITY);
    for (_, words) in key_styles(panel, lang) {
        let item = 20.0 + text_width(words, heading_size, false);
        if x + 12.0 + item > room {
            key_lines += 1.0;
            x = item;
        } else {
            x += 12.0 + item;
        }
    }
    let corner = panel
        .down_note
        .as_deref()
        .map_or(0.0, |n| lines(n, room, heading_size, false) * small + 4.0)
        + key_lines * (small + 2.0)
        + 4.0
        + small;
    let head = if narrow {
        corner + head
    } else {
        corner.max(head)
    } + 1.0;
    // A row: the name's padding and lines, and the cells' 24 px beside or under them.
    let rows: f64 = panel
        .down
        .iter()
        .map(|(name, detail)| {
            let name = lines(&format!("{name} {detail}"), room, 14.0, false) * 14.0 * 1.3;
            if narrow {
                6.0 + name + 24.0 + 1.0
            } else {
                (4.0 + name).max(24.0) + 1.0
            }
        })
        .sum();
    head + rows + key + PANEL_MARGIN
}

/// Measured on the bundled embeds at 320, 480 and 600 px (the end-to-end
/// tests hold the answers to the measured heights): an embed's panels are
/// this much shorter than its picture's, whose text is wrapped for the widest
/// common font (measured 2026-12-07: the bars, big numbers, shares and time
/// axes 8 % under to 9 % over, the timeline counted by its rows 4 % under to
/// 6 % over; before the words and the timeline were counted apart, the whole
/// picture made 0.75 as tall was 12 % under to 24 % over).
const PANEL_TO_PAGE: f64 = 0.85;
const KEY_FIGURES_FRAME: u32 = 120;
const KEY_FIGURE_AT_600: u32 = 57;

/// The words an embed sets around its chart or its table, counted as its
/// style sheet sets them: in CSS pixels of the embed's text (15 px, lines of
/// 1.4), wrapped by the width estimate the pictures use.
struct Words {
    /// The column less the page's and the chart's padding on each side.
    inner: f64,
    /// The title's size: smaller on a phone.
    title: f64,
}

impl Words {
    fn new(width: f64) -> Words {
        Words {
            inner: width - 24.0,
            title: if width <= NARROW { 18.0 } else { 20.0 },
        }
    }

    /// How many lines `text` takes in `room` px.
    fn lines(text: &str, room: f64, size: f64, bold: bool) -> f64 {
        wrap(text, room, size, bold).len().max(1) as f64
    }

    /// The title and the takeaway, above the chart or the table.
    fn top(&self, chart: &Chart) -> f64 {
        12.0 + Self::lines(&chart.title, self.inner, self.title, true) * self.title * 1.25
            + 4.0
            + Self::lines(&chart.takeaway, self.inner, 15.0, false) * LINE
            + 6.0
    }

    /// The switch and the chart's source line, then the page's footer.
    fn bottom(&self, chart: &Chart, d: &Dataset, lang: Lang) -> f64 {
        let sources = cited(d, &chart.sources(), lang);
        34.0 + Self::lines(&sources, self.inner, 13.0, false) * 13.0 * 1.4 + 3.0 + 9.0 + 24.0
    }
}

/// The table as the embed's stylesheet sets it in a column narrower than
/// 40 rem (`.chart-table` in `public/styles.css`): each row its name with
/// the value at its right, and its sources on a line under them. A wider
/// column sets the sources beside the name, a layout the browser sizes and
/// this does not follow: it is counted as the narrower one (the plain
/// iframe's 600 px column is narrower).
fn table_height(chart: &Chart, d: &Dataset, lang: Lang, width: f64) -> f64 {
    let words = Words::new(width);
    let inner = words.inner;
    let lines = Words::lines;
    // The table's head (its caption is for assistive technology only).
    let mut h = words.top(chart) + ROW_PAD + LINE;
    for panel in &chart.panels {
        if !panel.title.is_empty() {
            h += ROW_PAD + lines(&panel.title, inner - 32.0, 15.0, true) * LINE;
        }
        for row in panel.rows() {
            // The value keeps to its line and the name has the rest, down to
            // the 10 rem it starts from.
            let value = (text_width(&row.display, 15.0, true) + 16.0).min(inner - 160.0);
            let name = lines(&row.category, inner - value - 16.0, 15.0, true);
            let value = lines(&row.display, value - 16.0, 15.0, true);
            h += ROW_PAD + name.max(value) * LINE;
            h += if row.sources.is_empty() {
                6.0
            } else {
                lines(&cited(d, &row.sources, lang), inner - 16.0, 14.0, false) * 14.0 * 1.4 + 6.0
            };
        }
    }
    h + words.bottom(chart, d, lang)
}

/// The widest column the embed's style sheet sets in its narrow layout
/// (36 rem): a smaller title, a timeline's date and event as one paragraph.
const NARROW: f64 = 576.0;
/// The widest plot whose matrix stacks each name above its cells (30 rem).
const PLOT_NARROW: f64 = 480.0;
/// The column of a matrix's names, beside its cells: 6 to 24 rem (`.matrix`).
const NAMES_LEAST_REM: f64 = 6.0;
const NAMES_MOST_REM: f64 = 24.0;
/// A rem, and the space under a panel (`.panel`), in CSS pixels.
const REM: f64 = 16.0;
const PANEL_MARGIN: f64 = 8.0;
/// A line of the embed's text.
const LINE: f64 = 21.0;
/// A table row's padding above and below its text, and its rule.
const ROW_PAD: f64 = 13.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{parse_dataset, Target};

    fn bundled() -> Dataset {
        parse_dataset(include_str!("../../data/iop-ensamkommande.json")).expect("valid")
    }

    fn first(d: &Dataset) -> Widget {
        Widget::View(d.views[0].id.clone())
    }

    /// The first view with a panel of `kind`, and that panel's place in it.
    fn panel_of(d: &Dataset, kind: PanelKind) -> (usize, usize) {
        d.views
            .iter()
            .enumerate()
            .find_map(|(i, v)| Some((i, v.panels.iter().position(|p| p.kind == kind)?)))
            .expect("a view with a panel of the kind")
    }

    #[test]
    fn heights_grow_with_what_the_widget_holds_and_as_its_column_narrows() {
        let d = bundled();
        for view in [View::Chart, View::Table] {
            let heights: Vec<(usize, u32)> = d
                .views
                .iter()
                .map(|v| {
                    let chart = build(v, &d, Lang::Sv).expect("builds");
                    let w = Widget::View(v.id.clone());
                    let h = at(&w, view, Lang::Sv, &d, 600);
                    assert!(at(&w, view, Lang::Sv, &d, 320) > h, "{}", v.id);
                    (chart.panels.iter().map(|p| p.rows().len()).sum(), h)
                })
                .collect();
            let most = heights.iter().max_by_key(|(n, _)| *n).expect("views");
            let least = heights.iter().min_by_key(|(n, _)| *n).expect("views");
            assert!(most.1 > least.1, "{view:?} {heights:?}");
        }
    }

    /// The words around a chart's panels are the page's, line for line: a
    /// takeaway three lines longer makes the chart three of the page's lines
    /// taller, not three of the picture's made shorter.
    #[test]
    fn a_chart_is_taller_by_the_lines_its_words_gain() {
        let mut d = bundled();
        let i = d
            .views
            .iter()
            .position(|v| v.panels.iter().all(|p| p.kind == PanelKind::Bars))
            .expect("a view of bars");
        let w = Widget::View(d.views[i].id.clone());
        let before = at(&w, View::Chart, Lang::Sv, &d, 600);
        let chart = build(&d.views[i], &d, Lang::Sv).expect("builds");
        let was = wrap(&chart.takeaway, 576.0, 15.0, false).len();
        let longer = format!("{} {}", chart.takeaway, "Ord ".repeat(60));
        let now = wrap(&longer, 576.0, 15.0, false).len();
        d.views[i].takeaway.sv = longer;
        let gained = (now - was) as f64 * LINE;
        let after = at(&w, View::Chart, Lang::Sv, &d, 600);
        assert!(now > was);
        assert!(
            (f64::from(after - before) - gained).abs() <= 1.0,
            "{before} → {after}, {gained}"
        );
    }

    /// A timeline's events are counted as the page sets them: an event more
    /// on the date of the last is a row more, one line or two of the page's
    /// text and its padding.
    #[test]
    fn a_timeline_is_taller_by_a_row_with_an_event_more() {
        let d = bundled();
        let (i, j) = panel_of(&d, PanelKind::Timeline);
        let w = Widget::View(d.views[i].id.clone());
        for width in [320, 600] {
            let before = at(&w, View::Chart, Lang::Sv, &d, width);
            let mut more = d.clone();
            let marks = &mut more.views[i].panels[j].marks;
            let last = marks.last().cloned().expect("events");
            marks.push(last);
            let grown = f64::from(at(&w, View::Chart, Lang::Sv, &more, width) - before);
            assert!(
                (LINE + 1.0..=2.0 * LINE + 3.0).contains(&grown),
                "{width}: {grown}"
            );
        }
    }

    /// A matrix's parties are counted as the page sets them: a party more
    /// is a row more, its name a line above its cells in a phone's column
    /// (a line of the page's names and a 24 px target) and beside them in a
    /// wider one (the target alone).
    #[test]
    fn a_matrix_is_taller_by_a_row_with_a_party_more() {
        let d = bundled();
        let (i, j) = panel_of(&d, PanelKind::Matrix);
        let w = Widget::View(d.views[i].id.clone());
        let mut more = d.clone();
        let marks = &mut more.views[i].panels[j].marks;
        // The party with the shortest name once more: one line on a phone.
        let party = (0..marks.len())
            .filter_map(|k| match marks[k].target() {
                Some((Target::Party, id)) => Some((k, d.party(id)?.name.en.len())),
                _ => None,
            })
            .min_by_key(|(_, n)| *n)
            .map(|(k, _)| k)
            .expect("a party");
        let again = marks[party].clone();
        marks.insert(party, again);
        for (width, row) in [(320, 6.0 + 18.2 + 24.0 + 1.0), (600, 25.0)] {
            let before = at(&w, View::Chart, Lang::En, &d, width);
            let grown = f64::from(at(&w, View::Chart, Lang::En, &more, width) - before);
            assert!((grown - row).abs() <= 1.0, "{width}: {grown}, not {row}");
        }
    }

    #[test]
    fn a_table_is_taller_with_a_row_more() {
        let mut d = bundled();
        let w = first(&d);
        let before = at(&w, View::Table, Lang::Sv, &d, 600);
        let mark = d.views[0].panels[0].marks[0].clone();
        d.views[0].panels[0].marks.push(mark);
        assert!(at(&w, View::Table, Lang::Sv, &d, 600) > before);
    }
}
