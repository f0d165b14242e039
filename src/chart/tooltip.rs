//! Where a mark's tooltip goes, as plain geometry: the page measures the boxes
//! (`app::dom::fit_tooltip`), this decides how far to move the tooltip from
//! where its stylesheet puts it (just under its mark).
//!
//! Opened by the keyboard, a tooltip stays under its mark, or above it where
//! the chart has no room below. Opened by a pointer, it opens beside the point
//! where the pointer came onto its mark, below and after it where there is
//! room: under the mark, it lay over the next bar, event or row of a matrix,
//! and a pointer moved straight down came onto the tooltip (which keeps its
//! own mark's, so the reader can move onto it and read it) instead of the next
//! mark. Beside the point, the marks straight below, above and to either side
//! stay in reach, and the tooltip is still one short move away. Where it is
//! too wide for either side, it is narrowed to fit one; where even that would
//! break its words (a phone), it goes below or above the point: for a pointer
//! that came down (or up) onto the mark, on the side it came from, over the
//! point itself where that side is short, so the way on stays clear. Which
//! way it came is told by the mark it came from, where it came straight from
//! one, else by the side it came in through: a mark's tooltip may lie over
//! the next mark's lower half, and a pointer moved up over it came onto that
//! mark in the middle, where the side says nothing.
//!
//! Opened by a finger (or a pen that touched without hovering first), it
//! opens above the point where the chart has room, else below it: below, as
//! for a mouse, it lay under the finger and the hand. A tap passes through
//! such a tooltip to the mark under it (the stylesheet), so it is never in
//! the way to the next mark.

/// A box in the page's coordinates (CSS pixels from the viewport's corner).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    fn width(&self) -> f64 {
        self.right - self.left
    }

    fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// Where a pointer came onto a mark, from the mark's corner, and whether it
/// touched the screen there, a finger or a pen that did not hover first (the
/// pointer's type, not the screen's: a touch laptop has hover, and a
/// tablet's trackpad has none); `from`: the mark it came straight from, or
/// from its tooltip (in the page's coordinates), if any.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub touch: bool,
    pub from: Option<Rect>,
}

/// The way a pointer came onto a mark.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Came {
    Down,
    Up,
    Across,
}

impl Point {
    /// From the mark it left, where it left one: the way between their
    /// middles. Else from the side it came in through, the one nearest the
    /// point.
    fn came(&self, mark: Rect) -> Came {
        let (across, down) = match self.from {
            Some(from) => (
                (mark.left + mark.right - from.left - from.right).abs(),
                mark.top + mark.bottom - from.top - from.bottom,
            ),
            None => {
                let (x, y) = (self.x, self.y);
                if y.min(mark.height() - y) > x.min(mark.width() - x) {
                    return Came::Across;
                }
                // Through the top (came down) or the bottom.
                (0.0, if y < mark.height() / 2.0 { 1.0 } else { -1.0 })
            }
        };
        if down.abs() <= across {
            Came::Across
        } else if down > 0.0 {
            Came::Down
        } else {
            Came::Up
        }
    }
}

/// How far a tooltip opened by a pointer stands from the point, across and
/// down: clear of the arrow, whose tip is the point.
pub const POINTER_GAP: (f64, f64) = (16.0, 12.0);

/// The narrowest a tooltip is made to fit beside the point (12 rem): any
/// narrower and its title breaks into a column of single words.
pub const MIN_WIDTH: f64 = 192.0;

/// The width to give a tooltip `width` wide, opened by a pointer, so that it
/// fits beside the point: the room on the roomier side, where neither side
/// has room for it as it is and that one has at least `MIN_WIDTH`. Otherwise
/// none: it fits as it is, or it cannot (and goes above or below the point).
pub fn narrowed(width: f64, mark: Rect, room: Rect, pointer: Option<Point>) -> Option<f64> {
    let px = mark.left + pointer?.x;
    let gap = POINTER_GAP.0;
    let roomier = (room.right - px - gap).max(px - gap - room.left);
    (width > roomier && roomier >= MIN_WIDTH).then_some(roomier.floor())
}

/// How far to move the tooltip `tip` (as its stylesheet placed it) so that
/// it lies inside `room` (its chart, within the page) as described above.
/// `pointer`: where a pointer came onto the mark; none for the keyboard.
pub fn offset(tip: Rect, mark: Rect, room: Rect, pointer: Option<Point>) -> (f64, f64) {
    match pointer {
        Some(point @ Point { x, y, touch, .. }) => {
            let (gap_x, gap_y) = POINTER_GAP;
            let (px, py) = (mark.left + x, mark.top + y);
            let (width, height) = (tip.width(), tip.height());
            let left = beside(px, width, room.left, room.right, gap_x, Side::After);
            let came = point.came(mark);
            let top = if touch {
                beside(py, height, room.top, room.bottom, gap_y, Side::Before)
            } else if left > px || left + width < px || came == Came::Across {
                beside(py, height, room.top, room.bottom, gap_y, Side::After)
            } else {
                // Where it cannot stand beside the point, it stands above
                // or below it, on the side the pointer came from, so that
                // going on down (or up) the marks stays clear; where that
                // side is short (a mark near an embed's top), over the
                // point rather than over the way on.
                let start = if came == Came::Down {
                    py - gap_y - height
                } else {
                    py + gap_y
                };
                kept_in(start, height, room.top, room.bottom)
            };
            (left - tip.left, top - tip.top)
        }
        None => {
            let dx = kept_in(tip.left, tip.width(), room.left, room.right) - tip.left;
            // Above, overlapping its mark's top as it overlaps its bottom below.
            let mut top = tip.top;
            if tip.bottom > room.bottom && mark.top - room.top > room.bottom - mark.bottom {
                top = mark.top + mark.bottom - tip.bottom;
            }
            (
                dx,
                kept_in(top, tip.height(), room.top, room.bottom) - tip.top,
            )
        }
    }
}

/// The side of a point a tooltip is first tried on: after it (right of it,
/// below it), or before it.
#[derive(Clone, Copy)]
enum Side {
    After,
    Before,
}

/// Where a span of `len` starts beside the point `at` on a line from `lo` to
/// `hi`, `gap` away: on the `first` side where there is room there, else on
/// the other; where neither side has room, as near the first side as the
/// line allows, its start kept in.
fn beside(at: f64, len: f64, lo: f64, hi: f64, gap: f64, first: Side) -> f64 {
    let (after, before) = (at + gap, at - gap - len);
    let (first, second) = match first {
        Side::After => (after, before),
        Side::Before => (before, after),
    };
    let fits = |start: f64| start >= lo && start + len <= hi;
    if fits(first) {
        first
    } else if fits(second) {
        second
    } else {
        kept_in(first, len, lo, hi)
    }
}

/// Where a span of `len` starting at `start` starts once moved inside the
/// line from `lo` to `hi`; where it is longer, its start is kept in (a
/// tooltip's first words, its title).
fn kept_in(start: f64, len: f64, lo: f64, hi: f64) -> f64 {
    start.min(hi - len).max(lo)
}
