//! Paints an image scene (`chart::image`) with plotters-canvas on an off-screen
//! canvas and returns it as a PNG. The scene decides every shape, colour and
//! line of text; this file only maps them to the canvas backend, at `scale`
//! device pixels per CSS pixel so the image stays sharp in print and on phones.

use crate::chart::image::{
    baseline, circle_dashes, dashes, palette, Anchor, Rgb, Scene, Shape, Stroke, FONT_FAMILY, HALO,
};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, FontFamily,
    FontStyle, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

fn color(c: Rgb) -> BackendColor {
    BackendColor {
        alpha: 1.0,
        rgb: (c.0, c.1, c.2),
    }
}

/// Eight steps around a circle, for the halo (no trigonometry in the wasm).
const D: f64 = std::f64::consts::FRAC_1_SQRT_2;
const AROUND: [(f64, f64); 8] = [
    (1.0, 0.0),
    (D, D),
    (0.0, 1.0),
    (-D, D),
    (-1.0, 0.0),
    (-D, -D),
    (0.0, -1.0),
    (D, -D),
];

struct Pen {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Pen {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

struct Font {
    color: BackendColor,
    size: f64,
    bold: bool,
    anchor: Pos,
    turned: bool,
}

impl BackendTextStyle for Font {
    type FontError = std::fmt::Error;
    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_FAMILY)
    }
    /// A quarter anticlockwise: the canvas turns 270° clockwise.
    fn transform(&self) -> FontTransform {
        if self.turned {
            FontTransform::Rotate270
        } else {
            FontTransform::None
        }
    }
    // The canvas measures and draws text itself; plotters' rasteriser is unused.
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        Ok(((0, 0), (0, 0)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        Ok(Ok(()))
    }
}

struct Painter {
    backend: CanvasBackend,
    scale: f64,
}

impl Painter {
    fn at(&self, x: f64, y: f64) -> BackendCoord {
        (
            (x * self.scale).round() as i32,
            (y * self.scale).round() as i32,
        )
    }

    fn pen(&self, s: &Stroke) -> Pen {
        Pen {
            color: color(s.color),
            width: (s.width * self.scale).round().max(1.0) as u32,
        }
    }

    fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, s: &Stroke) -> Option<()> {
        let pen = self.pen(s);
        let segments = match s.dash {
            Some((on, off)) => dashes(x1, y1, x2, y2, on, off),
            None => vec![(x1, y1, x2, y2)],
        };
        for (a, b, c, d) in segments {
            let (from, to) = (self.at(a, b), self.at(c, d));
            self.backend.draw_line(from, to, &pen).ok()?;
        }
        Some(())
    }

    fn shape(&mut self, shape: &Shape) -> Option<()> {
        match shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                if let Some(f) = fill {
                    let pen = Pen {
                        color: color(*f),
                        width: 1,
                    };
                    let (a, b) = (self.at(*x, *y), self.at(x + w, y + h));
                    self.backend.draw_rect(a, b, &pen, true).ok()?;
                }
                if let Some(s) = stroke {
                    let (x2, y2) = (x + w, y + h);
                    for (a, b, c, d) in [
                        (*x, *y, x2, *y),
                        (x2, *y, x2, y2),
                        (x2, y2, *x, y2),
                        (*x, y2, *x, *y),
                    ] {
                        self.line(a, b, c, d, s)?;
                    }
                }
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } => self.line(*x1, *y1, *x2, *y2, stroke)?,
            Shape::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            } => {
                let centre = self.at(*cx, *cy);
                let radius = (r * self.scale).round() as u32;
                if let Some(f) = fill {
                    let pen = Pen {
                        color: color(*f),
                        width: 1,
                    };
                    self.backend.draw_circle(centre, radius, &pen, true).ok()?;
                }
                if let Some(s) = stroke {
                    let pen = self.pen(s);
                    match s.dash {
                        None => self.backend.draw_circle(centre, radius, &pen, false).ok()?,
                        Some(_) => {
                            for dash in circle_dashes(*cx, *cy, *r) {
                                let points: Vec<BackendCoord> =
                                    dash.iter().map(|(x, y)| self.at(*x, *y)).collect();
                                self.backend.draw_path(points, &pen).ok()?;
                            }
                        }
                    }
                }
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                color: c,
                anchor,
                halo,
                turned,
            } => {
                // The canvas's "bottom" baseline sits a descent below the SVG's
                // alphabetic one.
                let mut font = Font {
                    color: color(palette::BG),
                    size: size * self.scale,
                    bold: *bold,
                    anchor: Pos::new(
                        match anchor {
                            Anchor::Start => HPos::Left,
                            Anchor::Middle => HPos::Center,
                            Anchor::End => HPos::Right,
                        },
                        VPos::Bottom,
                    ),
                    turned: *turned,
                };
                let bottom = baseline(*y, *size) + size * 0.22;
                // Turned, the canvas draws at the point about which the line
                // turns: its foot a line's depth to the right of (`x`, `y`).
                let (x, bottom) = if *turned {
                    (x + (bottom - y), *y)
                } else {
                    (*x, bottom)
                };
                // The canvas has no stroke under text here: the halo is the
                // text in the background's colour, moved around a circle.
                if *halo {
                    for (dx, dy) in AROUND {
                        let at = self.at(x + HALO * dx, bottom + HALO * dy);
                        self.backend.draw_text(text, &font, at).ok()?;
                    }
                }
                font.color = color(*c);
                self.backend
                    .draw_text(text, &font, self.at(x, bottom))
                    .ok()?;
            }
        }
        Some(())
    }
}

/// The scene as PNG bytes in a `data:` URL, or `None` when the browser has no
/// 2D canvas (then the SVG download still works).
pub fn png_data_url(scene: &Scene, scale: f64) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width((scene.width * scale).round() as u32);
    canvas.set_height((scene.height * scale).round() as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let mut painter = Painter { backend, scale };
    for shape in &scene.shapes {
        painter.shape(shape)?;
    }
    painter.backend.present().ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}
