//! Where each person sits on the relationship map: concentric rings (inner,
//! middle, outer) with the people of each ring spread evenly around it.
//!
//! Pure geometry in angles, so the UI only multiplies by its own radii:
//! `x = cx + r * cos(angle)`, `y = cy + r * sin(angle)` in screen
//! coordinates (y pointing down). Angle 0 points right; angles grow
//! clockwise on screen.

use super::people::{Circle, Person};
use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// Each ring starts this much further round than the one inside it, so a
/// lone person on every ring does not line up in one vertical stack.
pub const RING_STAGGER: f64 = PI / 6.0;

/// One person's place on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement<'a> {
    pub person: &'a Person,
    pub circle: Circle,
    /// 0 inner, 1 middle, 2 outer.
    pub ring: usize,
    /// In radians. Ring `k` starts at `-π/2 + k * RING_STAGGER` (ring 0 at
    /// the top) and its people follow at equal steps of `2π / n`.
    pub angle: f64,
}

/// Places the active people (not deleted, not archived). Within a ring,
/// people are ordered by name (ignoring case; then exact name, then
/// id), so the same people always give the same picture, whatever order
/// they were added in. Output is ring by ring, inner first, in that order.
pub fn layout(people: &[Person]) -> Vec<Placement<'_>> {
    let mut out = Vec::new();
    for circle in Circle::ALL {
        let mut ring: Vec<&Person> = people
            .iter()
            .filter(|p| p.is_active() && p.circle == circle)
            .collect();
        ring.sort_by_cached_key(|p| (p.name.to_lowercase(), p.name.clone(), p.stamp.id.clone()));
        let n = ring.len() as f64;
        let start = -FRAC_PI_2 + circle.index() as f64 * RING_STAGGER;
        out.extend(ring.into_iter().enumerate().map(|(i, person)| Placement {
            person,
            circle,
            ring: circle.index(),
            angle: start + TAU * i as f64 / n,
        }));
    }
    out
}

/// The point at `angle` on a circle of radius `r` around the origin.
pub fn point(angle: f64, r: f64) -> (f64, f64) {
    let (sin, cos) = angle.sin_cos();
    (r * cos, r * sin)
}
