//! A chart as a picture to publish: the same model as on screen, laid out as a
//! list of shapes (rectangles, lines, circles, text) in CSS pixels with the light
//! theme's colours, and with its title, takeaway, sources, licence and date inside
//! the picture, so it still says what it is and where it comes from when reused.
//!
//! The scene is renderer-neutral: `svg()` writes it as an SVG file here, and the
//! app paints the same scene with plotters-canvas into a PNG. Text widths are
//! estimated (no font metrics outside a browser), generously, so wrapped lines
//! never run past the edge.

use super::kinds::columns::{
    column_across, css, gap_across, grid_values, label_shows, label_width, value_width,
};
use super::kinds::matrix::turned_headings;
use super::text::{text_width, widest_word_em, wrap};
use super::{Chart, Mark, MarkStyle, Panel, PanelKind};
use html_escape::encode_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The light theme of `public/styles.css`.
pub mod palette {
    use super::Rgb;
    pub const BG: Rgb = Rgb(0xff, 0xff, 0xff);
    pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
    pub const MUTED: Rgb = Rgb(0x4a, 0x52, 0x60);
    pub const BORDER: Rgb = Rgb(0x8a, 0x94, 0xa3);
    pub const MARK_1: Rgb = Rgb(0x1d, 0x4f, 0x91);
    pub const MARK_2: Rgb = Rgb(0x9a, 0x44, 0x00);
    pub const GRID: Rgb = Rgb(0xd5, 0xdb, 0xe3);
    pub const GAP: Rgb = Rgb(0x6b, 0x74, 0x80);
}
use palette::*;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Rgb,
    pub width: f64,
    /// Dash and gap lengths; `None` for a solid line.
    pub dash: Option<(f64, f64)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        stroke: Stroke,
    },
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
    /// One line of text; `y` is the top of its line box.
    Text {
        x: f64,
        y: f64,
        text: String,
        size: f64,
        bold: bool,
        color: Rgb,
        anchor: Anchor,
        /// Drawn on a ring of the background's colour (as the page's
        /// `text-shadow`), so a grid line or a gap's dashed edge it stands on
        /// stops short of its letters.
        halo: bool,
        /// Turned a quarter anticlockwise about (`x`, `y`), reading upwards: its
        /// line runs up from `y` (to `y` for `Anchor::End`) and its line box
        /// across from `x`. A gap's label in a place too narrow for it, as on
        /// the page.
        turned: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    /// What the picture shows, for the SVG's `<title>` and `<desc>`.
    pub title: String,
    pub description: String,
    pub shapes: Vec<Shape>,
}

impl Scene {
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// The credit lines printed under the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Footer {
    /// "Källor: Publisher, date; …"
    pub sources: String,
    /// "IOP Ensamkommande i Göteborg · Licens CC0 1.0 · 22 november 2026 · URL"
    pub credit: String,
}

pub const WIDTH: f64 = 760.0;
/// A halo's ring around the letters, in pixels on each side: the SVG strokes
/// the outline twice as wide under the fill, the canvas paints the text
/// moved this far around it (`app::png`).
pub const HALO: f64 = 1.5;
const HALO_SVG: f64 = 2.0 * HALO;
const MARGIN: f64 = 24.0;
const BAR_H: f64 = 20.0;
/// The longest line of a turned gap label, as the page's 3.25 rem.
const TURNED_LINE: f64 = 52.0;

/// Diagonal hatching (45°) of a rectangle, as line segments clipped to it.
pub fn hatch(x: f64, y: f64, w: f64, h: f64, spacing: f64) -> Vec<(f64, f64, f64, f64)> {
    let mut out = Vec::new();
    if w <= 0.0 || h <= 0.0 {
        return out;
    }
    // Lines x + y = k, from the top-left corner to the bottom-right one.
    let mut k = x + y + spacing / 2.0;
    while k < x + w + y + h {
        let xa = x.max(k - (y + h));
        let xb = (x + w).min(k - y);
        if xa < xb {
            out.push((xa, k - xa, xb, k - xb));
        }
        k += spacing;
    }
    out
}

/// The radius of a secondary mark's dots, as on the screen.
const DOT_R: f64 = 1.25;

/// The centres of dots in staggered rows, `spacing` apart along a row and half
/// that between rows (the screen's pattern: a square grid turned 45°), each
/// dot of radius `r` wholly inside the rectangle.
pub fn dots((x, y, w, h): (f64, f64, f64, f64), spacing: f64, r: f64) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let step = spacing / 2.0;
    let (mut cy, mut odd) = (y + step, false);
    while cy + r <= y + h {
        let mut cx = x + if odd { spacing } else { step };
        while cx + r <= x + w {
            out.push((cx, cy));
            cx += spacing;
        }
        (cy, odd) = (cy + step, !odd);
    }
    out
}

/// A dashed line as its dash segments, for renderers without dash support.
pub fn dashes(x1: f64, y1: f64, x2: f64, y2: f64, on: f64, off: f64) -> Vec<(f64, f64, f64, f64)> {
    let len = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt();
    if len == 0.0 || on <= 0.0 {
        return Vec::new();
    }
    let (dx, dy) = ((x2 - x1) / len, (y2 - y1) / len);
    let mut out = Vec::new();
    let mut t = 0.0;
    while t < len {
        let end = (t + on).min(len);
        out.push((x1 + dx * t, y1 + dy * t, x1 + dx * end, y1 + dy * end));
        t = end + off.max(0.0);
    }
    out
}

/// Cosine and sine of every 15°, so dashed circles need no trigonometry in wasm.
const UNIT_24: [(f64, f64); 24] = {
    const S15: f64 = 0.258_819_045_102_520_8;
    const S30: f64 = 0.5;
    const S45: f64 = std::f64::consts::FRAC_1_SQRT_2;
    const S60: f64 = 0.866_025_403_784_438_6;
    const S75: f64 = 0.965_925_826_289_068_3;
    [
        (1.0, 0.0),
        (S75, S15),
        (S60, S30),
        (S45, S45),
        (S30, S60),
        (S15, S75),
        (0.0, 1.0),
        (-S15, S75),
        (-S30, S60),
        (-S45, S45),
        (-S60, S30),
        (-S75, S15),
        (-1.0, 0.0),
        (-S75, -S15),
        (-S60, -S30),
        (-S45, -S45),
        (-S30, -S60),
        (-S15, -S75),
        (0.0, -1.0),
        (S15, -S75),
        (S30, -S60),
        (S45, -S45),
        (S60, -S30),
        (S75, -S15),
    ]
};

/// A dashed circle as short polylines: the circle in 24 arcs of 15°, every
/// other one drawn (the dots are small: the look of a 3/2 dash is kept).
pub fn circle_dashes(cx: f64, cy: f64, r: f64) -> Vec<Vec<(f64, f64)>> {
    if r <= 0.0 {
        return Vec::new();
    }
    (0..12)
        .map(|i| {
            [UNIT_24[2 * i], UNIT_24[2 * i + 1]]
                .iter()
                .map(|(c, s)| (cx + r * c, cy + r * s))
                .collect()
        })
        .collect()
}

struct Layout {
    shapes: Vec<Shape>,
    y: f64,
}

impl Layout {
    /// A thin horizontal rule at the current line, from `left` to `right`.
    fn rule(&mut self, left: f64, right: f64) {
        self.shapes.push(Shape::Line {
            x1: left,
            y1: self.y,
            x2: right,
            y2: self.y,
            stroke: solid(BORDER, 1.0),
        });
    }

    /// Wrapped text from the current line; returns the lines' count.
    fn text(&mut self, text: &str, x: f64, max: f64, size: f64, bold: bool, color: Rgb) -> usize {
        let lines = wrap(text, max, size, bold);
        let n = lines.len();
        for line in lines {
            self.shapes.push(Shape::Text {
                x,
                y: self.y,
                text: line,
                size,
                bold,
                color,
                anchor: Anchor::Start,
                halo: false,
                turned: false,
            });
            self.y += size * 1.4;
        }
        n
    }
}

fn solid(color: Rgb, width: f64) -> Stroke {
    Stroke {
        color,
        width,
        dash: None,
    }
}

fn dashed(color: Rgb, width: f64, dash: (f64, f64)) -> Stroke {
    Stroke {
        color,
        width,
        dash: Some(dash),
    }
}

/// Diagonal lines across a rectangle `(x, y, w, h)`, `spacing` apart.
fn hatched(
    shapes: &mut Vec<Shape>,
    (x, y, w, h): (f64, f64, f64, f64),
    spacing: f64,
    stroke: Stroke,
) {
    for (x1, y1, x2, y2) in hatch(x, y, w, h, spacing) {
        shapes.push(Shape::Line {
            x1,
            y1,
            x2,
            y2,
            stroke,
        });
    }
}

/// The bar of one mark, a row's height at `y`.
fn bar(shapes: &mut Vec<Shape>, style: MarkStyle, x: f64, y: f64, w: f64) {
    mark_rect(shapes, style, (x, y + 1.0, w, BAR_H - 2.0));
}

/// Where a picture's bars stand beside short labels, as on the page from a
/// plot of 32 rem: its inner width in the picture's pixels (an embed's
/// answer at 600 px has 552, at 480 px 432).
const BESIDE_FROM: f64 = 500.0;
/// Bars beside their labels: each this far from the next.
const BESIDE_GAP: f64 = 6.0;

/// Marks one under the other (bars, shares, lists), each with its label and
/// value above its bar or slot; or, where the labels are short and the
/// picture wide (`Panel::short_labels`, as the page), each label beside its
/// bar, the bars in a column after the widest label and before the widest
/// value.
fn rows(l: &mut Layout, panel: &Panel, left: f64, inner: f64) {
    let right = left + inner;
    let beside = panel.kind == PanelKind::Bars && panel.short_labels() && inner >= BESIDE_FROM;
    let widest = |bold, text: fn(&Mark) -> &str| {
        panel
            .marks
            .iter()
            .map(|m| text_width(text(m), 14.0, bold))
            .fold(0.0, f64::max)
    };
    // The bars' track: the whole width, or between the labels and values.
    let (x0, track) = if beside {
        let labels = widest(false, |m| m.label()) + 12.0;
        (
            left + labels,
            inner - labels - widest(true, |m| &m.display) - 12.0,
        )
    } else {
        (left, inner)
    };
    for m in &panel.marks {
        l.y += 4.0;
        let top = l.y;
        if panel.kind == PanelKind::List {
            l.text(&m.category, left, inner, 14.0, true, TEXT);
            l.text(&m.display, left, inner, 14.0, false, TEXT);
            continue;
        }
        let value_w = text_width(&m.display, 14.0, true).min(inner / 2.0);
        // Beside its bar a text's middle (0.7 of its size under its line's
        // top, where `baseline` puts it) is level with the bar's; above, it
        // stands on the row's top line.
        let line = if beside {
            top + BAR_H / 2.0 - 14.0 * 0.7
        } else {
            top
        };
        l.shapes.push(Shape::Text {
            x: right,
            y: line,
            text: m.display.clone(),
            size: 14.0,
            bold: m.style != MarkStyle::Gap,
            color: if m.style == MarkStyle::Gap {
                MUTED
            } else {
                TEXT
            },
            anchor: Anchor::End,
            halo: false,
            turned: false,
        });
        let y = if beside {
            l.y = line;
            l.text(m.label(), left, x0 - left - 12.0, 14.0, false, TEXT);
            l.y = top + BAR_H + BESIDE_GAP - 4.0;
            top
        } else {
            l.text(m.label(), left, inner - value_w - 12.0, 14.0, false, TEXT);
            l.y += 2.0;
            l.y
        };
        // A share is read against its whole, not against grid lines.
        let share = panel.kind == PanelKind::Share;
        for at in panel.scale.tick_fractions().filter(|_| !share) {
            let x = x0 + at * track;
            l.shapes.push(Shape::Line {
                x1: x,
                y1: y,
                x2: x,
                y2: y + BAR_H,
                stroke: solid(GRID, 1.0),
            });
        }
        match (panel.kind, m.style) {
            (_, MarkStyle::Gap) => l.shapes.push(Shape::Rect {
                x: x0 + track * 0.005,
                y: y + 2.0,
                w: track * 0.99,
                h: 16.0,
                fill: None,
                stroke: Some(dashed(GAP, 1.5, (4.0, 4.0))),
            }),
            (PanelKind::Share, style) => {
                l.shapes.push(Shape::Rect {
                    x: x0,
                    y: y + 1.0,
                    w: track,
                    h: BAR_H - 2.0,
                    fill: None,
                    stroke: Some(solid(BORDER, 1.0)),
                });
                bar(&mut l.shapes, style, x0, y, m.fraction * track);
            }
            (_, style) => bar(&mut l.shapes, style, x0, y, m.fraction * track),
        }
        if !beside {
            l.y += BAR_H;
        }
    }
    if beside {
        // The last bar's foot, as under labels above their bars.
        l.y -= BESIDE_GAP - 4.0;
    }
}

/// One series as columns on its time axis: each period in its place, the
/// value above its column, a missing period an empty place.
fn columns(l: &mut Layout, panel: &Panel, left: f64, inner: f64) {
    const PLOT_H: f64 = 150.0;
    let places = panel.across.len().max(1);
    let top = l.y + 34.0;
    let bottom = top + PLOT_H;
    // The grid lines' values beside the plot where its highest column's
    // value would not show at the plot's whole width, as on the page.
    let (left, inner) = if grid_values(panel, inner / places as f64, 12.0) {
        let widths = panel.tick_labels.iter().map(|t| text_width(t, 12.0, false));
        let widest = widths.fold(0.0, f64::max);
        let beside = widest + 6.0;
        for (at, label) in panel.scale.tick_fractions().zip(&panel.tick_labels) {
            let y = bottom - at * PLOT_H;
            l.shapes.push(Shape::Text {
                x: left + widest,
                y: y - 12.0 * 0.6,
                text: label.clone(),
                size: 12.0,
                bold: false,
                color: MUTED,
                anchor: Anchor::End,
                halo: false,
                turned: false,
            });
        }
        (left + beside, inner - beside)
    } else {
        (left, inner)
    };
    let step = inner / places as f64;
    for at in panel.scale.tick_fractions() {
        let y = bottom - at * PLOT_H;
        l.shapes.push(Shape::Line {
            x1: left,
            y1: y,
            x2: left + inner,
            y2: y,
            stroke: solid(GRID, 1.0),
        });
    }
    // The values go on top of every mark: one reaching into a neighbour's
    // place stands over it, as on the page.
    let mut values = Vec::new();
    let (at, wide) = column_across(places);
    let gap = gap_across();
    for (j, m) in panel.marks.iter().enumerate() {
        let x = left + m.slot as f64 * step;
        let (bx, bw) = (x + step * gap.0, step * gap.1);
        let centre = x + step / 2.0;
        if m.style == MarkStyle::Gap {
            l.shapes.push(Shape::Rect {
                x: bx,
                y: top,
                w: bw,
                h: PLOT_H,
                fill: None,
                stroke: Some(dashed(GAP, 1.5, (4.0, 4.0))),
            });
        } else {
            // A gap's dashed box is its place's (`gap_across`); a column is
            // as wide as its series' length lets it be (`column_across`).
            let h = m.fraction * PLOT_H;
            mark_rect(
                &mut l.shapes,
                m.style,
                (x + step * at, bottom - h, step * wide, h),
            );
        }
        // The value above its column (inside a gap's slot), wrapped to the
        // column's width and drawn upwards from there, where it fits as on
        // the page (`kinds::columns`), so neighbours never meet.
        let bold = m.style != MarkStyle::Gap;
        if bold
            && !panel
                .value_room
                .get(j)
                .is_some_and(|r| label_shows(step, *r, value_width(m, 12.0)))
        {
            continue;
        }
        let longest_word = widest_word_em(&m.display, bold) * 12.0;
        // A gap's label inside its dashed place, clear of its sides; turned
        // where its longest word is wider than that, as on the page: two
        // lines at most, side by side, running up from the place's foot, or
        // down to its top when raised (`kinds::columns`).
        // (The page's margins at its 16 px rem: the label's 12 px are its 0.75 rem.)
        let inside = bw - 2.0 * css::GAP_MARGIN_REM * 16.0;
        let turned = !bold && longest_word > inside;
        let room = match (bold, turned) {
            (true, _) => step - 4.0,
            (false, true) => TURNED_LINE,
            (false, false) => inside,
        };
        let lines = wrap(&m.display, room.max(longest_word), 12.0, bold);
        let last_line = if m.style == MarkStyle::Gap {
            bottom - 18.0
        } else {
            // High enough that the halo under a parenthesis's foot clears
            // the column's top.
            bottom - m.fraction * PLOT_H - 19.0
        };
        // Level lines stack downwards; turned ones stand side by side.
        const LINE: f64 = 12.0 * 1.3;
        let down = if turned { 0.0 } else { LINE };
        let wrapped = (lines.len().saturating_sub(1)) as f64 * down;
        // A gap's label at the top of its place when its neighbours' values
        // stand low (`kinds::columns`), so a wide one never runs into it.
        let (y, anchor) = match (turned, m.label_raised()) {
            (true, true) => (top + 6.0, Anchor::End),
            (true, false) => (bottom - 6.0, Anchor::Start),
            (false, true) => (top + 16.0, Anchor::Middle),
            (false, false) => (last_line - wrapped, Anchor::Middle),
        };
        let first_across = centre - lines.len() as f64 * LINE / 2.0;
        for (n, line) in lines.into_iter().enumerate() {
            let x = if turned {
                first_across + n as f64 * LINE
            } else {
                within(
                    centre,
                    text_width(&line, 12.0, bold) / 2.0,
                    left,
                    left + inner,
                )
            };
            values.push(Shape::Text {
                x,
                y: y + n as f64 * down,
                text: line,
                size: 12.0,
                bold,
                color: if bold { TEXT } else { MUTED },
                anchor,
                halo: true,
                turned,
            });
        }
    }
    l.shapes.extend(values);
    l.y = bottom;
    l.rule(left, left + inner);
    l.y += 3.0;
    // The labels the page would show at this width (13 px text), those at
    // the ends reaching inwards where wider than their place, as there.
    let need = label_width(panel, 13.0);
    for (n, (label, span)) in panel.across.iter().zip(&panel.label_step).enumerate() {
        if !label_shows(step, *span, need) {
            continue;
        }
        let half = text_width(label, 13.0, false) / 2.0;
        l.shapes.push(Shape::Text {
            x: within(left + (n as f64 + 0.5) * step, half, left, left + inner),
            y: l.y,
            text: label.clone(),
            size: 13.0,
            bold: false,
            color: MUTED,
            anchor: Anchor::Middle,
            halo: false,
            turned: false,
        });
    }
    l.y += 13.0 * 1.4;
}

/// Where a text centred at `x`, `half` wide on each side, stands to stay
/// within `from..to`: moved inwards as far as needed, and one wider than that
/// from `from` (never a panic on a label longer than the plot).
fn within(x: f64, half: f64, from: f64, to: f64) -> f64 {
    x.min(to - half).max(from + half)
}

/// A bar or a column (a bar standing on the axis) in its mark's style, with
/// the patterns the screen uses: a secondary mark dotted, an uncertain one
/// hatched inside a dashed outline. Two textures, so that the legend's
/// "hatched bars are uncertain" never seems to speak of a secondary mark.
fn mark_rect(shapes: &mut Vec<Shape>, style: MarkStyle, (x, y, w, h): (f64, f64, f64, f64)) {
    let (fill, stroke) = match style {
        MarkStyle::Primary => (Some(MARK_1), None),
        MarkStyle::Secondary => (Some(MARK_2), Some(solid(MARK_2, 2.0))),
        MarkStyle::Uncertain => (None, Some(dashed(MARK_1, 2.0, (5.0, 3.0)))),
        MarkStyle::Gap => return,
    };
    let rect = |fill, stroke| Shape::Rect {
        x,
        y,
        w,
        h,
        fill,
        stroke,
    };
    if fill.is_some() {
        shapes.push(rect(fill, None));
    }
    match style {
        MarkStyle::Secondary => {
            shapes.extend(dots((x, y, w, h), 8.0, DOT_R).into_iter().map(|(cx, cy)| {
                Shape::Circle {
                    cx,
                    cy,
                    r: DOT_R,
                    fill: Some(BG),
                    stroke: None,
                }
            }))
        }
        MarkStyle::Uncertain => hatched(shapes, (x, y, w, h), 6.0, solid(MARK_1, 2.5)),
        _ => {}
    }
    if stroke.is_some() {
        shapes.push(rect(None, stroke));
    }
}

/// A turned heading's line in a picture (12 px text), and a column's least
/// width there, as the page's 24 px target and the room between headings.
const HEADING_LINE: f64 = 12.0 * 1.25;
const CELL_STEP: f64 = 28.0;

/// Who did what: parties down, services across, a filled square where a source
/// says the party delivered the service, an empty dashed one where it is not
/// known. As on the page, the headings are turned, in the lines the page sets
/// them in, where the columns have room for them beside the names, and
/// numbered with a key below where they do not; the date most parties joined
/// is said once, beside the turned headings or above the numbers, and a party
/// that joined later, or is not surely a party, says so under its name: a
/// picture reused alone keeps what its rows rest on.
fn matrix(l: &mut Layout, panel: &Panel, left: f64, inner: f64) {
    let cols = panel.across.len().max(1);
    let lines = turned_headings(&panel.across);
    // Each column as wide as its heading's lines, at least a target's width,
    // as on the page.
    let turned_widths: Vec<f64> = lines
        .iter()
        .map(|h| (h.len() as f64 * HEADING_LINE + 6.0).max(CELL_STEP))
        .collect();
    let turned_total: f64 = turned_widths.iter().sum();
    let least_names = (inner * 0.38).min(260.0);
    let turned = turned_total <= inner - least_names;
    let (names_w, widths) = if turned {
        ((inner - turned_total).min(384.0), turned_widths)
    } else {
        let step = ((inner - least_names) / cols as f64).min(48.0);
        (least_names, vec![step; cols])
    };
    // Where each column starts, from the names' right edge.
    let starts: Vec<f64> = widths
        .iter()
        .scan(0.0, |x, w| {
            let start = *x;
            *x += w;
            Some(start)
        })
        .collect();
    let centre = |c: usize| left + names_w + starts[c] + widths[c] / 2.0;
    l.y += 4.0;
    if turned {
        // The headings read upwards from a common foot; what most rows share
        // stands in the corner beside them, as on the page.
        let top = l.y;
        let tallest = lines
            .iter()
            .flatten()
            .map(|line| text_width(line, 12.0, false))
            .fold(0.0, f64::max);
        if let Some(note) = &panel.down_note {
            l.text(note, left, names_w - 8.0, 12.0, false, MUTED);
        }
        let foot = (top + tallest).max(l.y);
        for (c, heading) in lines.iter().enumerate() {
            let first = centre(c) - heading.len() as f64 * HEADING_LINE / 2.0;
            for (n, line) in heading.iter().enumerate() {
                l.shapes.push(Shape::Text {
                    x: first + n as f64 * HEADING_LINE,
                    y: foot,
                    text: line.clone(),
                    size: 12.0,
                    bold: false,
                    color: TEXT,
                    anchor: Anchor::Start,
                    halo: false,
                    turned: true,
                });
            }
        }
        l.y = foot + 6.0;
    } else {
        if let Some(note) = &panel.down_note {
            l.text(note, left, inner, 12.0, false, MUTED);
            l.y += 4.0;
        }
        for c in 0..cols {
            l.shapes.push(Shape::Text {
                x: centre(c),
                y: l.y,
                text: (c + 1).to_string(),
                size: 13.0,
                bold: true,
                color: TEXT,
                anchor: Anchor::Middle,
                halo: false,
                turned: false,
            });
        }
        l.y += 13.0 * 1.4 + 2.0;
    }
    for (r, (party, detail)) in panel.down.iter().enumerate() {
        let top = l.y;
        l.text(party, left, names_w - 8.0, 13.0, false, TEXT);
        if !detail.is_empty() {
            l.text(detail, left, names_w - 8.0, 12.0, false, MUTED);
        }
        let row_h = (l.y - top).max(20.0);
        for (c, m) in panel.marks.iter().skip(r * cols).take(cols).enumerate() {
            let size = 13.0;
            let x = centre(c) - size / 2.0;
            let y = top + (row_h - size) / 2.0;
            let (fill, stroke) = if m.style == MarkStyle::Gap {
                (None, Some(dashed(GAP, 1.2, (2.0, 2.0))))
            } else {
                (Some(MARK_1), None)
            };
            l.shapes.push(Shape::Rect {
                x,
                y,
                w: size,
                h: size,
                fill,
                stroke,
            });
        }
        l.y = top + row_h + 3.0;
    }
    l.y += 4.0;
    if turned {
        return;
    }
    for (c, heading) in panel.across.iter().enumerate() {
        l.text(
            &format!("{} {heading}", c + 1),
            left,
            inner,
            12.0,
            false,
            MUTED,
        );
    }
}

/// The timeline as on screen: one axis running down, the date before it and
/// the event after it (on a narrow picture the date above the event), the
/// space above an event the time since the one before (at most two years').
fn timeline(l: &mut Layout, panel: &Panel, left: f64, inner: f64) {
    // Wide from where the page's is (a 36 rem screen: 552 px inside an
    // embed's margins), so a picture is as tall as the embed it stands for.
    let wide = inner >= 552.0;
    let date_w = if wide { 150.0 } else { 0.0 };
    let axis_x = left + date_w + if wide { 14.0 } else { 8.0 };
    let text_x = axis_x + 16.0;
    let text_w = left + inner - text_x;
    let mut prev: Option<f64> = None;
    let mut dots = Vec::new();
    for m in &panel.marks {
        let years = prev.map_or(0.0, |p| (m.fraction - p) * panel.scale.max);
        prev = Some(m.fraction);
        l.y += 6.0 + years.clamp(0.0, 2.0) * 10.0;
        let row = l.y;
        if wide {
            let lines = wrap(&m.display, date_w, 14.0, true);
            let date_end = row + lines.len() as f64 * 14.0 * 1.4;
            for (n, line) in lines.into_iter().enumerate() {
                l.shapes.push(Shape::Text {
                    x: left + date_w,
                    y: row + n as f64 * 14.0 * 1.4,
                    text: line,
                    size: 14.0,
                    bold: true,
                    color: TEXT,
                    anchor: Anchor::End,
                    halo: false,
                    turned: false,
                });
            }
            l.text(m.label(), text_x, text_w, 14.0, false, TEXT);
            l.y = l.y.max(date_end);
        } else {
            l.text(&m.display, text_x, text_w, 14.0, true, TEXT);
            l.text(m.label(), text_x, text_w, 14.0, false, TEXT);
        }
        dots.push((row + 14.0 * 0.7, m.style));
    }
    // From the first dot to the last, as on screen.
    if let (Some(&(first, _)), Some(&(last, _))) = (dots.first(), dots.last()) {
        l.shapes.push(Shape::Line {
            x1: axis_x,
            y1: first,
            x2: axis_x,
            y2: last,
            stroke: solid(BORDER, 2.0),
        });
    }
    for (cy, style) in dots {
        let (fill, stroke) = match style {
            MarkStyle::Uncertain => (Some(BG), Some(dashed(MARK_1, 2.5, (1.8, 1.8)))),
            _ => (Some(MARK_1), None),
        };
        l.shapes.push(Shape::Circle {
            cx: axis_x,
            cy,
            r: 6.0,
            fill,
            stroke,
        });
    }
}

/// Big numbers, side by side where they fit: the value large, its label under it.
fn numbers(l: &mut Layout, panel: &Panel, left: f64, inner: f64) {
    let per_row = ((inner / 220.0).floor() as usize).clamp(1, 3);
    let w = inner / per_row as f64;
    for row in panel.marks.chunks(per_row) {
        let top = l.y + 6.0;
        let mut bottom = top;
        for (n, m) in row.iter().enumerate() {
            l.y = top;
            let x = left + n as f64 * w;
            l.text(&m.display, x, w - 16.0, 26.0, true, TEXT);
            l.text(m.label(), x, w - 16.0, 13.0, false, MUTED);
            bottom = bottom.max(l.y);
        }
        l.y = bottom + 4.0;
    }
}

/// Lays the chart out as it reads on screen: title, takeaway, each panel with its
/// marks (label and value, then the bar, column or dot), the notes, and the
/// credit lines.
pub fn scene(chart: &Chart, footer: &Footer) -> Scene {
    scene_at(chart, footer, WIDTH)
}

/// The same layout at another width: text keeps its size and wraps sooner, so a
/// narrow picture (the first view's, on a phone) stays readable.
pub fn scene_at(chart: &Chart, footer: &Footer, width: f64) -> Scene {
    let inner = width - 2.0 * MARGIN;
    let (left, right) = (MARGIN, width - MARGIN);
    let mut l = Layout {
        shapes: Vec::new(),
        y: MARGIN,
    };
    l.text(&chart.title, left, inner, 22.0, true, TEXT);
    l.y += 2.0;
    l.text(&chart.takeaway, left, inner, 15.0, false, TEXT);
    for panel in &chart.panels {
        lay_panel(&mut l, panel, left, inner);
    }
    if !chart.notes.is_empty() {
        l.y += 8.0;
        for note in &chart.notes {
            l.text(&format!("• {note}"), left, inner, 13.0, false, MUTED);
        }
    }
    l.y += 12.0;
    l.rule(left, right);
    l.y += 8.0;
    l.text(&footer.sources, left, inner, 12.0, false, MUTED);
    l.text(&footer.credit, left, inner, 12.0, false, MUTED);
    let height = (l.y + MARGIN - 4.0).ceil();
    let mut shapes = vec![Shape::Rect {
        x: 0.0,
        y: 0.0,
        w: width,
        h: height,
        fill: Some(BG),
        stroke: None,
    }];
    shapes.append(&mut l.shapes);
    Scene {
        width,
        height,
        title: chart.title.clone(),
        description: chart.description(),
        shapes,
    }
}

/// How tall one of the chart's panels is in the picture at `width`, without
/// the words around it: the embeds' height estimate counts those as the page
/// sets them (`embed::height`).
pub fn panel_height(panel: &Panel, width: f64) -> f64 {
    let mut l = Layout {
        shapes: Vec::new(),
        y: 0.0,
    };
    lay_panel(&mut l, panel, MARGIN, width - 2.0 * MARGIN);
    l.y
}

/// A panel under what is above it: its title, then its marks as its kind
/// draws them.
fn lay_panel(l: &mut Layout, panel: &Panel, left: f64, inner: f64) {
    l.y += 12.0;
    l.text(&panel.title, left, inner, 15.0, true, TEXT);
    l.y += 2.0;
    match panel.kind {
        PanelKind::Columns => columns(l, panel, left, inner),
        PanelKind::Matrix => matrix(l, panel, left, inner),
        PanelKind::Numbers => numbers(l, panel, left, inner),
        PanelKind::Timeline => timeline(l, panel, left, inner),
        _ => rows(l, panel, left, inner),
    }
}

fn stroke_attrs(s: &Option<Stroke>) -> String {
    match s {
        None => String::new(),
        Some(s) => {
            let dash = s
                .dash
                .map(|(a, b)| format!(" stroke-dasharray=\"{a} {b}\""))
                .unwrap_or_default();
            format!(
                " stroke=\"{}\" stroke-width=\"{}\"{dash}",
                s.color.hex(),
                s.width
            )
        }
    }
}

fn fill_attr(f: &Option<Rgb>) -> String {
    match f {
        Some(c) => format!(" fill=\"{}\"", c.hex()),
        None => " fill=\"none\"".to_string(),
    }
}

/// Baseline of a text line whose box starts at `top`.
pub fn baseline(top: f64, size: f64) -> f64 {
    top + size * 1.05
}

/// The pictures' font stack: the system's own sans-serif, as on the page (no
/// web fonts), in the SVG file and on the PNG's canvas alike.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/// The scene as a standalone SVG document (no external fonts or references).
pub fn svg(scene: &Scene) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"{FONT_FAMILY}\">\n<title id=\"title\">{}</title>\n<desc id=\"desc\">{}</desc>\n",
        encode_text(&scene.title),
        encode_text(&scene.description),
        w = scene.width,
        h = scene.height,
    );
    for shape in &scene.shapes {
        let line = match shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => format!(
                "<rect x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\"{}{}/>",
                fill_attr(fill),
                stroke_attrs(stroke)
            ),
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } => format!(
                "<line x1=\"{x1:.2}\" y1=\"{y1:.2}\" x2=\"{x2:.2}\" y2=\"{y2:.2}\"{}/>",
                stroke_attrs(&Some(*stroke))
            ),
            Shape::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            } => format!(
                "<circle cx=\"{cx:.2}\" cy=\"{cy:.2}\" r=\"{r}\"{}{}/>",
                fill_attr(fill),
                stroke_attrs(stroke)
            ),
            Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                color,
                anchor,
                halo,
                turned,
            } => {
                format!(
                    "<text x=\"{x:.2}\" y=\"{:.2}\" font-size=\"{size}\"{}{}{}{} fill=\"{}\">{}</text>",
                    baseline(*y, *size),
                    if *turned {
                        format!(" transform=\"rotate(-90 {x:.2} {y:.2})\"")
                    } else {
                        String::new()
                    },
                    if *bold { " font-weight=\"700\"" } else { "" },
                    match anchor {
                        Anchor::Start => "",
                        Anchor::Middle => " text-anchor=\"middle\"",
                        Anchor::End => " text-anchor=\"end\"",
                    },
                    if *halo {
                        format!(
                            " stroke=\"{}\" stroke-width=\"{HALO_SVG}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
                            BG.hex()
                        )
                    } else {
                        String::new()
                    },
                    color.hex(),
                    encode_text(text)
                )
            }
        };
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hatching_stays_inside_its_rectangle() {
        let lines = hatch(10.0, 5.0, 40.0, 18.0, 6.0);
        assert!(lines.len() > 5);
        for (x1, y1, x2, y2) in lines {
            for (x, y) in [(x1, y1), (x2, y2)] {
                assert!((10.0 - 1e-9..=50.0 + 1e-9).contains(&x), "{x}");
                assert!((5.0 - 1e-9..=23.0 + 1e-9).contains(&y), "{y}");
            }
        }
        assert!(hatch(0.0, 0.0, 0.0, 10.0, 6.0).is_empty());
    }

    #[test]
    fn dots_stay_inside_their_rectangle_in_staggered_rows() {
        let centres = dots((10.0, 5.0, 40.0, 18.0), 8.0, DOT_R);
        assert!(centres.len() > 8);
        for &(x, y) in &centres {
            assert!(x - DOT_R >= 10.0 && x + DOT_R <= 50.0, "{x}");
            assert!(y - DOT_R >= 5.0 && y + DOT_R <= 23.0, "{y}");
        }
        // The second row starts half a step further in than the first.
        assert_eq!((centres[0], centres[1].0), ((14.0, 9.0), 22.0));
        assert!(centres.contains(&(18.0, 13.0)));
        assert!(dots((0.0, 0.0, 2.0, 10.0), 8.0, DOT_R).is_empty());
    }

    #[test]
    fn dashes_cover_the_line_in_on_off_steps() {
        let d = dashes(0.0, 0.0, 20.0, 0.0, 5.0, 3.0);
        assert_eq!(
            d,
            vec![
                (0.0, 0.0, 5.0, 0.0),
                (8.0, 0.0, 13.0, 0.0),
                (16.0, 0.0, 20.0, 0.0)
            ]
        );
        assert!(dashes(1.0, 1.0, 1.0, 1.0, 5.0, 3.0).is_empty());
        let c = circle_dashes(0.0, 0.0, 7.0);
        assert_eq!(c.len(), 12);
        for p in c.iter().flatten() {
            assert!(((p.0 * p.0 + p.1 * p.1).sqrt() - 7.0).abs() < 1e-9);
        }
    }
}
