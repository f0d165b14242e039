//! Where a tooltip goes (`chart::tooltip::offset`): beside the pointer that
//! opened it, so that the marks straight below and after the pointer stay in
//! reach; under its mark when the keyboard opened it; always inside its chart.

#![cfg(not(target_arch = "wasm32"))]

use iop_dashboard::chart::tooltip::{narrowed, offset, Point, Rect, MIN_WIDTH, POINTER_GAP};
use proptest::prelude::*;

fn rect(left: f64, top: f64, width: f64, height: f64) -> Rect {
    Rect {
        left,
        top,
        right: left + width,
        bottom: top + height,
    }
}

/// A mouse's pointer, `x` and `y` from the mark's corner.
fn mouse(x: f64, y: f64) -> Option<Point> {
    Some(Point {
        x,
        y,
        touch: false,
        from: None,
    })
}

/// A finger's.
fn finger(x: f64, y: f64) -> Option<Point> {
    Some(Point {
        x,
        y,
        touch: true,
        from: None,
    })
}

/// `tip` moved by `offset`'s answer.
fn placed(tip: Rect, mark: Rect, room: Rect, pointer: Option<Point>) -> Rect {
    let (dx, dy) = offset(tip, mark, room, pointer);
    rect(
        tip.left + dx,
        tip.top + dy,
        tip.right - tip.left,
        tip.bottom - tip.top,
    )
}

fn inside(a: Rect, room: Rect) -> bool {
    a.left >= room.left - 1e-9
        && a.right <= room.right + 1e-9
        && a.top >= room.top - 1e-9
        && a.bottom <= room.bottom + 1e-9
}

// A chart 600 px wide and 400 tall; a bar 40 px tall across it, 100 px down;
// its tooltip, 200 × 90, where the stylesheet puts it: under the bar.
const ROOM: Rect = Rect {
    left: 0.0,
    top: 0.0,
    right: 600.0,
    bottom: 400.0,
};
const BAR: Rect = Rect {
    left: 10.0,
    top: 100.0,
    right: 590.0,
    bottom: 140.0,
};
const UNDER: Rect = Rect {
    left: 18.0,
    top: 136.0,
    right: 218.0,
    bottom: 226.0,
};

#[test]
fn a_pointer_opens_it_below_and_after_the_point() {
    let at = placed(UNDER, BAR, ROOM, mouse(90.0, 20.0));
    let (gx, gy) = POINTER_GAP;
    assert_eq!((at.left, at.top), (10.0 + 90.0 + gx, 100.0 + 20.0 + gy));
}

#[test]
fn near_the_right_edge_it_opens_before_the_point() {
    let at = placed(UNDER, BAR, ROOM, mouse(500.0, 20.0));
    assert_eq!(at.right, 10.0 + 500.0 - POINTER_GAP.0);
    assert_eq!(at.top, 120.0 + POINTER_GAP.1);
}

#[test]
fn near_the_bottom_it_opens_above_the_point() {
    let low = rect(10.0, 340.0, 580.0, 40.0);
    let at = placed(UNDER, low, ROOM, mouse(90.0, 20.0));
    assert_eq!(at.bottom, 360.0 - POINTER_GAP.1);
    assert_eq!(at.left, 100.0 + POINTER_GAP.0);
}

#[test]
fn too_wide_for_either_side_it_is_narrowed_to_the_roomier() {
    // The pointer in the middle of a bar in a chart 578 px wide: 273 px
    // after it, 273 before; the tooltip 352 px wide.
    let room = rect(33.0, 0.0, 578.0, 400.0);
    let mark = rect(33.0, 100.0, 578.0, 40.0);
    assert_eq!(narrowed(352.0, mark, room, mouse(289.0, 20.0)), Some(273.0));
    // Near the left, the room after it is the roomier.
    assert_eq!(narrowed(560.0, mark, room, mouse(40.0, 20.0)), Some(522.0));
    // It fits as it is; the keyboard opened it.
    assert_eq!(narrowed(250.0, mark, room, mouse(289.0, 20.0)), None);
    assert_eq!(narrowed(352.0, mark, room, None), None);
}

#[test]
fn where_narrowing_would_break_its_words_it_goes_on_the_side_the_pointer_came_from() {
    // A phone: 320 px, a tooltip 260 px wide, the pointer in the middle.
    let room = rect(0.0, 0.0, 320.0, 400.0);
    assert!(150.0 - POINTER_GAP.0 < MIN_WIDTH);
    assert_eq!(narrowed(260.0, BAR, room, mouse(150.0, 20.0)), None);
    let tip = rect(8.0, 136.0, 260.0, 90.0);
    // Across, as near after the point as the chart allows.
    let from_above = placed(tip, BAR, room, mouse(150.0, 5.0));
    assert_eq!((from_above.left, from_above.right), (60.0, 320.0));
    // Came down onto the mark (its upper half): above the point, so the
    // way on down is clear; came up onto it: below.
    assert_eq!(from_above.bottom, 105.0 - POINTER_GAP.1);
    let from_below = placed(tip, BAR, room, mouse(150.0, 35.0));
    assert_eq!(from_below.top, 135.0 + POINTER_GAP.1);
    // Where that side is short, over the point rather than over the way on:
    // a bar near the top of an embed, a tooltip taller than the room above.
    let tall = rect(8.0, 136.0, 260.0, 120.0);
    assert_eq!(placed(tall, BAR, room, mouse(150.0, 5.0)).top, 0.0);
    let last = rect(10.0, 340.0, 300.0, 40.0);
    assert_eq!(placed(tall, last, room, mouse(150.0, 35.0)).bottom, 400.0);
    // Wider than the chart: its start (its title) kept in.
    let wide = rect(8.0, 136.0, 400.0, 90.0);
    assert_eq!(placed(wide, BAR, room, mouse(150.0, 20.0)).left, 0.0);
}

/// Which way the pointer came is told by the mark it left, where it left one
/// for this one: a mark's tooltip may lie over the next mark's lower half
/// (an embed's last big numbers on a phone), and a pointer moved up over it
/// comes onto that mark in its upper half, which alone would say it came
/// down: the tooltip then stood above the point, over the way on up.
#[test]
fn the_mark_a_pointer_left_tells_the_way_it_came() {
    let room = rect(0.0, 0.0, 320.0, 400.0);
    let tip = rect(8.0, 136.0, 260.0, 90.0);
    let from = |r: Rect, x: f64, y: f64| {
        Some(Point {
            x,
            y,
            touch: false,
            from: Some(r),
        })
    };
    // A phone's bars, one under the other.
    let bar = rect(10.0, 100.0, 300.0, 40.0);
    let below = rect(10.0, 150.0, 300.0, 40.0);
    let above = rect(10.0, 50.0, 300.0, 40.0);
    // Came up from the mark below, onto this one's upper half: below the point.
    let up = placed(tip, bar, room, from(below, 150.0, 5.0));
    assert_eq!(up.top, 105.0 + POINTER_GAP.1);
    // Came down from the mark above, onto its lower half: above the point.
    let down = placed(tip, bar, room, from(above, 150.0, 35.0));
    assert_eq!(down.bottom, 135.0 - POINTER_GAP.1);
    // Came across from the cell beside, through the top: off the line
    // across (below the point, as near after it as the chart allows).
    let cell = rect(10.0, 100.0, 30.0, 40.0);
    let beside = rect(44.0, 100.0, 30.0, 40.0);
    let across = placed(tip, beside, room, from(cell, 15.0, 2.0));
    assert!(across.top > 102.0, "{across:?}");
}

#[test]
fn a_finger_opens_it_above_the_point() {
    // Below, as for a mouse, it lay under the finger and the hand.
    let at = placed(UNDER, BAR, ROOM, finger(90.0, 20.0));
    let (gx, gy) = POINTER_GAP;
    assert_eq!((at.left, at.bottom), (10.0 + 90.0 + gx, 100.0 + 20.0 - gy));
}

#[test]
fn near_the_top_a_finger_opens_it_below_the_point() {
    let high = rect(10.0, 20.0, 580.0, 40.0);
    let at = placed(UNDER, high, ROOM, finger(90.0, 20.0));
    assert_eq!(at.top, 40.0 + POINTER_GAP.1);
}

#[test]
fn on_a_phone_a_finger_still_opens_it_above_the_point() {
    // Too wide to stand beside the point: a mouse that came up onto the bar
    // gets it below the point; a finger, above.
    let room = rect(0.0, 0.0, 320.0, 400.0);
    let tip = rect(8.0, 136.0, 260.0, 90.0);
    assert_eq!(
        placed(tip, BAR, room, mouse(150.0, 35.0)).top,
        135.0 + POINTER_GAP.1
    );
    let at = placed(tip, BAR, room, finger(150.0, 35.0));
    assert_eq!(at.bottom, 135.0 - POINTER_GAP.1);
    assert!(inside(at, room));
}

#[test]
fn the_keyboard_leaves_it_under_its_mark_where_it_fits() {
    assert_eq!(offset(UNDER, BAR, ROOM, None), (0.0, 0.0));
}

#[test]
fn the_keyboard_moves_it_in_along_the_line() {
    let past = rect(500.0, 136.0, 200.0, 90.0);
    assert_eq!(placed(past, BAR, ROOM, None).right, 600.0);
}

#[test]
fn on_a_charts_last_line_it_goes_above_its_mark() {
    let last = rect(10.0, 340.0, 580.0, 40.0);
    let under = rect(18.0, 376.0, 200.0, 90.0);
    let at = placed(under, last, ROOM, None);
    // As far over the mark's top as it was over its bottom.
    assert_eq!(at.bottom, 344.0);
}

#[test]
fn with_more_room_below_it_stays_below_its_mark_moved_in() {
    // A bar at the top of a short chart: 5 px above it, 60 below.
    let short = rect(0.0, 95.0, 600.0, 105.0);
    let at = placed(UNDER, BAR, short, None);
    assert_eq!((at.top, at.bottom), (110.0, 200.0));
}

proptest! {
    /// Wherever the pointer comes onto a mark, the tooltip (narrowed where
    /// it must be) stays inside the chart. Beside the point, it is off the
    /// lines straight down and straight across from it, where the next bar,
    /// event, column or cell is. Where it cannot be beside it, it is off the
    /// line across for a pointer that came across, and on the side a pointer
    /// came from for one that came down or up (where that side is short, as
    /// far to it as the chart goes).
    #[test]
    fn the_way_on_stays_clear(
        chart in 240.0f64..1000.0,
        x in 0.0f64..1.0,
        y in 0.0f64..40.0,
        width in 20.0f64..360.0,
        height in 20.0f64..180.0,
    ) {
        let room = rect(0.0, 0.0, chart, 400.0);
        let bar = rect(10.0, 100.0, chart - 20.0, 40.0);
        let x = x * (chart - 20.0);
        let width = narrowed(width, bar, room, mouse(x, y)).unwrap_or(width);
        let tip = rect(18.0, 136.0, width.min(chart), height);
        let at = placed(tip, bar, room, mouse(x, y));
        let (px, py) = (bar.left + x, bar.top + y);
        prop_assert!(inside(at, room), "{at:?}");
        let down_clear = !(at.left <= px && px <= at.right);
        let (above, below) = (at.bottom < py, at.top > py);
        let (room_above, room_below) = (
            py - POINTER_GAP.1 - height >= 0.0,
            py + POINTER_GAP.1 + height <= 400.0,
        );
        // Came down or up onto the bar (through its top or bottom, the side
        // nearest the point): on that side, or, where it is short, as far to
        // it as the chart goes. Came across: off the line across.
        let through_top_or_bottom = y.min(40.0 - y) <= x.min(bar.right - bar.left - x);
        let behind = if !through_top_or_bottom {
            above || below
        } else if y < 20.0 {
            above || (!room_above && at.top == 0.0)
        } else {
            below || (!room_below && at.bottom == 400.0)
        };
        prop_assert!(down_clear || behind, "down {px}: {at:?}");
        // Beside the point, off the line across too.
        prop_assert!(!down_clear || above || below, "across {py}: {at:?}");
    }

    /// Wherever a finger taps a mark, the tooltip stays inside the chart,
    /// above the point where the chart has room for it there, else below it
    /// where it has room there: never under the finger while it fits
    /// elsewhere.
    #[test]
    fn a_finger_never_hides_it(
        chart in 240.0f64..1000.0,
        x in 0.0f64..1.0,
        top in 0.0f64..360.0,
        y in 0.0f64..40.0,
        width in 20.0f64..360.0,
        height in 20.0f64..180.0,
    ) {
        let room = rect(0.0, 0.0, chart, 400.0);
        let bar = rect(10.0, top, chart - 20.0, 40.0);
        let x = x * (chart - 20.0);
        let tap = finger(x, y);
        let width = narrowed(width, bar, room, tap).unwrap_or(width);
        let tip = rect(18.0, top + 36.0, width.min(chart), height);
        let at = placed(tip, bar, room, tap);
        let py = top + y;
        prop_assert!(inside(at, room), "{at:?}");
        if py - POINTER_GAP.1 - height >= 0.0 {
            prop_assert!(at.bottom <= py - POINTER_GAP.1 + 1e-9, "above {py}: {at:?}");
        } else if py + POINTER_GAP.1 + height <= 400.0 {
            prop_assert!(at.top >= py + POINTER_GAP.1 - 1e-9, "below {py}: {at:?}");
        }
    }
}
