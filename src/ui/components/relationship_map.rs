//! The relationship map: three concentric circles (inner, middle, outer)
//! with each active person placed in theirs by `model::map::layout`. Energy
//! is shown by colour *and* shape (circle: energized, square: neutral,
//! triangle: drained), and every first name is written beside its mark. The
//! list of people on the same screen says the same in text (each row gives
//! the circle and the feeling), so names are not repeated here.
//!
//! Built as static content (see `dom`); the page rebuilds it when people
//! change.

use super::dom::{el, sv, svt, tx, txt, N};
use crate::model::map::{layout, point};
use crate::model::people::{Circle, Energy, Person};

const CENTRE: f64 = 160.0;
/// Outer edge of each circle's band.
const EDGES: [i32; 3] = [54, 106, 156];
/// Where people sit within each band.
const SEATS: [f64; 3] = [30.0, 80.0, 131.0];

/// The mark for `e` centred on (x, y), as an SVG path.
fn mark(e: Energy, x: i32, y: i32) -> N {
    let (class, d) = match e {
        Energy::Energized => (
            "mark up",
            format!("M{} {y}a7 7 0 1 0 14 0a7 7 0 1 0-14 0", x - 7),
        ),
        Energy::Neutral => ("mark even", format!("M{} {}h12v12h-12z", x - 6, y - 6)),
        Energy::Drained => ("mark down", format!("M{x} {}l8 14h-16z", y - 8)),
    };
    sv("path", vec![]).at("class", class).at("d", d)
}

/// The map of `people` (archived and removed people are left out), its
/// key, and the list of who is in each circle.
pub fn relationship_map(people: &[Person]) -> N {
    let placed = layout(people);
    let count = |c: Circle| placed.iter().filter(|p| p.circle == c).count();
    let desc = format!(
        "{} in your inner circle, {} in your middle circle and {} in your outer circle. \
         The list “Your people” names everyone with their circle.",
        count(Circle::Inner),
        count(Circle::Middle),
        count(Circle::Outer)
    );
    let mut svg = vec![
        svt("title", "Relationship map").at("id", "map-title"),
        svt("desc", desc).at("id", "map-desc"),
    ];
    for (r, label) in EDGES.into_iter().zip(["Inner", "Middle", "Outer"]).rev() {
        svg.push(
            sv("circle", vec![])
                .at("class", "ring")
                .at("cx", 160)
                .at("cy", 160)
                .at("r", r),
        );
        svg.push(
            svt("text", label)
                .at("class", "ring-label")
                .at("x", 160)
                .at("y", 160 + r - 6)
                .at("text-anchor", "middle"),
        );
    }
    for p in &placed {
        let (dx, dy) = point(p.angle, SEATS[p.ring]);
        let (x, y) = ((CENTRE + dx) as i32, (CENTRE + dy) as i32);
        svg.push(mark(p.person.energy, x, y));
        let first = p.person.name.split(' ').next().unwrap_or_default();
        // Names sit on the side of the mark facing the centre, clear of
        // the circle labels at the bottom of each band.
        let name_y = if dy > 0.0 { y - 12 } else { y + 21 };
        svg.push(
            svt("text", first)
                .at("x", x)
                .at("y", name_y)
                .at("text-anchor", "middle"),
        );
    }
    let key = Energy::ALL
        .into_iter()
        .map(|e| {
            el(
                "li",
                vec![
                    sv("svg", vec![mark(e, 10, 10)])
                        .at("viewBox", "0 0 20 20")
                        .at("aria-hidden", "true"),
                    txt(e.label()),
                ],
            )
        })
        .collect();
    el(
        "figure",
        vec![
            sv("svg", svg)
                .at("viewBox", "0 0 320 320")
                .at("role", "img")
                .at("aria-labelledby", "map-title")
                .at("aria-describedby", "map-desc"),
            el(
                "figcaption",
                vec![
                    el("ul", key)
                        .at("class", "map-legend")
                        .at("aria-label", "Key"),
                    tx(
                        "p",
                        "Everyone on the map is listed under “Your people”, with their circle \
                         and how they leave you feeling.",
                    )
                    .at("class", "hint"),
                ],
            ),
        ],
    )
    .at("class", "map")
}
