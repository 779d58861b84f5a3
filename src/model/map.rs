//! Where each person sits on the relationship map: concentric rings (inner,
//! middle, outer) with the people of each ring spread evenly around it.
//!
//! Pure geometry in angles, so the UI only multiplies by its own radii:
//! `x = cx + r * cos(angle)`, `y = cy + r * sin(angle)` in screen
//! coordinates (y pointing down). Angle 0 points right; angles grow
//! clockwise on screen.
//!
//! A ring holds up to `NAMED[ring]` people as named marks spread evenly
//! round its middle. A busier ring (a phone's address book puts hundreds in
//! the outer circle) becomes a field of small unnamed dots filling its band
//! evenly (a sunflower pattern), so the map stays readable at any size; the
//! list of people says who is where.

use super::journal::fold::fold_str;
use super::people::{Circle, Person};
use super::roster::name_order;
use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// Each ring starts this much further round than the one inside it, so a
/// lone person on every ring does not line up in one vertical stack.
pub const RING_STAGGER: f64 = PI / 6.0;

/// How many people each ring (inner, middle, outer) shows with their name.
pub const NAMED: [usize; 3] = [10, 16, 24];

/// The golden angle: successive dots of a crowded ring turn by this much,
/// which spreads any number of them evenly.
const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;

/// One person's place on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement<'a> {
    pub person: &'a Person,
    pub circle: Circle,
    /// 0 inner, 1 middle, 2 outer.
    pub ring: usize,
    /// In radians. Ring `k` starts at `-π/2 + k * RING_STAGGER` (ring 0 at
    /// the top) and its people follow at equal steps of `2π / n` (or of the
    /// golden angle, when the ring is crowded).
    pub angle: f64,
    /// Where across the ring's band: 0 its inner edge, 1 its outer edge, as
    /// a share of the band's area (so `r = sqrt(lo² + depth (hi² - lo²))`
    /// spreads dots evenly). 0.5 for named marks.
    pub depth: f64,
    /// Shown with a name: false when the ring holds more than `NAMED`.
    pub named: bool,
}

/// Places the active people (not deleted, not archived). Within a ring,
/// people are ordered by name as the list of people is (ignoring case and
/// accents; `roster::name_order`), so the same people always give the same
/// picture, whatever order they were added in. Output is ring by ring,
/// inner first, in that order.
pub fn layout(people: &[Person]) -> Vec<Placement<'_>> {
    let mut out = Vec::new();
    for circle in Circle::ALL {
        let mut ring: Vec<&Person> = people
            .iter()
            .filter(|p| p.is_active() && p.circle == circle)
            .collect();
        crate::model::order::sort_by(&mut ring, |p| name_order(&fold_str(&p.name), p));
        let n = ring.len() as f64;
        let start = -FRAC_PI_2 + circle.index() as f64 * RING_STAGGER;
        let named = ring.len() <= NAMED[circle.index()];
        out.extend(ring.into_iter().enumerate().map(|(i, person)| {
            let i = i as f64;
            let (angle, depth) = if named {
                (start + TAU * i / n, 0.5)
            } else {
                (start + GOLDEN_ANGLE * i, (i + 0.5) / n)
            };
            Placement {
                person,
                circle,
                ring: circle.index(),
                angle,
                depth,
                named,
            }
        }));
    }
    out
}

/// The point at `angle` on a circle of radius `r` around the origin.
pub fn point(angle: f64, r: f64) -> (f64, f64) {
    let (sin, cos) = angle.sin_cos();
    (r * cos, r * sin)
}
