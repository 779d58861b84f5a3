//! The relationship map: three concentric circles (inner, middle, outer)
//! with each active person placed in theirs by `model::map::layout`. Energy
//! is shown by colour *and* shape (circle: energized, square: neutral,
//! triangle: drained). A ring with room for names writes each first name
//! beside its mark; a crowded one (hundreds of contacts) shows small dots
//! and its count. A table under the map counts who is where and how they
//! leave you feeling, and the list of people names everyone: the map's
//! text equivalent.

use crate::model::map::{layout, point};
use crate::model::people::{Circle, Energy, Person};
use leptos::prelude::*;

const CENTRE: f64 = 160.0;
/// Outer edge of each circle's band.
const EDGES: [f64; 3] = [54.0, 106.0, 156.0];
/// Inner edge of each band (a little clear of the ring inside it).
const INNER_EDGES: [f64; 3] = [8.0, 60.0, 112.0];
/// Where named people sit within each band.
const SEATS: [f64; 3] = [30.0, 80.0, 131.0];

/// Appends to `d` the path of the mark for `e` centred on (x, y), in whole
/// units: `big` for a named person, small for a dot of a crowded ring.
fn mark_path(d: &mut String, e: Energy, x: f64, y: f64, big: bool) {
    use std::fmt::Write;
    let (x, y) = (x.round() as i32, y.round() as i32);
    let _ = match (e, big) {
        (Energy::Energized, true) => write!(d, "M{} {y}a7 7 0 1 0 14 0a7 7 0 1 0-14 0", x - 7),
        (Energy::Energized, false) => write!(d, "M{} {y}a2 2 0 1 0 5 0a2 2 0 1 0-5 0", x - 2),
        (Energy::Neutral, true) => write!(d, "M{} {}h12v12h-12z", x - 6, y - 6),
        (Energy::Neutral, false) => write!(d, "M{} {}h4v4h-4z", x - 2, y - 2),
        (Energy::Drained, true) => write!(d, "M{x} {}l8 14h-16z", y - 8),
        (Energy::Drained, false) => write!(d, "M{x} {}l3 5h-6z", y - 3),
    };
}

/// The path of a named person's mark (or the key's).
fn mark(e: Energy, x: f64, y: f64) -> String {
    let mut d = String::new();
    mark_path(&mut d, e, x, y, true);
    d
}

fn mark_class(e: Energy) -> &'static str {
    match e {
        Energy::Energized => "mark up",
        Energy::Neutral => "mark even",
        Energy::Drained => "mark down",
    }
}

/// The map of `people` (archived and removed people are left out), its
/// key, and the count of who is where.
#[component]
pub fn RelationshipMap(
    /// Everyone in People (the map keeps the active ones).
    people: Signal<Vec<Person>>,
) -> impl IntoView {
    let drawing = move || {
        people.with(|people| {
            let placed = layout(people);
            let count = |c: Circle| placed.iter().filter(|p| p.circle == c).count();
            let desc = format!(
                "{} in your inner circle, {} in your middle circle and {} in your outer circle. \
                 The list “Your people” names everyone with their circle.",
                count(Circle::Inner),
                count(Circle::Middle),
                count(Circle::Outer)
            );
            let rings = EDGES
                .into_iter()
                .zip(Circle::ALL)
                .rev()
                .map(|(r, c)| {
                    let n = count(c);
                    let named = placed.iter().any(|p| p.circle == c && p.named);
                    let label = match c {
                        Circle::Inner => "Inner",
                        Circle::Middle => "Middle",
                        Circle::Outer => "Outer",
                    };
                    // A crowded ring says how many it holds, since its dots
                    // carry no names.
                    let label = if n > 0 && !named { format!("{label} · {n}") } else { label.to_string() };
                    view! {
                        <circle class="ring" cx=CENTRE cy=CENTRE r=r></circle>
                        <text class="ring-label" x=CENTRE y=CENTRE + r - 6.0 text-anchor="middle">{label}</text>
                    }
                })
                .collect_view();
            let named = placed
                .iter()
                .filter(|p| p.named)
                .map(|p| {
                    let e = p.person.energy;
                    let (dx, dy) = point(p.angle, SEATS[p.ring]);
                    let (x, y) = ((CENTRE + dx).round(), (CENTRE + dy).round());
                    let first = p.person.name.split(' ').next().unwrap_or_default().to_string();
                    // Names sit on the side of the mark facing the centre,
                    // clear of the circle labels at the bottom of each band.
                    let name_y = if dy > 0.0 { y - 12.0 } else { y + 21.0 };
                    view! {
                        <path class=mark_class(e) d=mark(e, x, y)></path>
                        <text x=x y=name_y text-anchor="middle">{first}</text>
                    }
                })
                .collect_view();
            // The dots of crowded rings: one path per feeling, not one
            // element per person, so hundreds of people stay light to draw.
            let mut dots: [String; 3] = Default::default();
            for p in placed.iter().filter(|p| !p.named) {
                let (lo, hi) = (INNER_EDGES[p.ring], EDGES[p.ring] - 14.0);
                let r = (lo * lo + p.depth * (hi * hi - lo * lo)).sqrt();
                let (dx, dy) = point(p.angle, r);
                let i = Energy::ALL.iter().position(|e| *e == p.person.energy).unwrap_or(0);
                mark_path(&mut dots[i], p.person.energy, CENTRE + dx, CENTRE + dy, false);
            }
            let dots = Energy::ALL
                .into_iter()
                .zip(dots)
                .filter(|(_, d)| !d.is_empty())
                .map(|(e, d)| view! { <path class=mark_class(e) d=d></path> })
                .collect_view();
            view! {
                <svg viewBox="0 0 320 320" role="img" aria-labelledby="map-title" aria-describedby="map-desc">
                    <title id="map-title">"Relationship map"</title>
                    <desc id="map-desc">{desc}</desc>
                    {rings}
                    {dots}
                    {named}
                </svg>
            }
        })
    };
    let key = Energy::ALL
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <svg viewBox="0 0 20 20" aria-hidden="true">
                        <path class=mark_class(e) d=mark(e, 10.0, 10.0)></path>
                    </svg>
                    {e.label()}
                </li>
            }
        })
        .collect_view();
    let counts = move || {
        people.with(|people| {
            Circle::ALL
                .into_iter()
                .map(|c| {
                    let n = |e: Energy| {
                        people
                            .iter()
                            .filter(|p| p.is_active() && p.circle == c && p.energy == e)
                            .count()
                    };
                    let all = people
                        .iter()
                        .filter(|p| p.is_active() && p.circle == c)
                        .count();
                    view! {
                        <tr>
                            // The circle's total beside its name, so that four
                            // columns fit a phone's width.
                            <th scope="row">{format!("{} ({all})", c.label())}</th>
                            <td>{n(Energy::Energized).to_string()}</td>
                            <td>{n(Energy::Neutral).to_string()}</td>
                            <td>{n(Energy::Drained).to_string()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="map">
            {drawing}
            <figcaption>
                <ul class="map-legend" aria-label="Key">{key}</ul>
                <table class="chart-table map-counts">
                    <caption>"Who is in each circle, and how they leave you feeling"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Circle"</th>
                            <th scope="col">"Energized"</th>
                            <th scope="col">"Neutral"</th>
                            <th scope="col">"Drained"</th>
                        </tr>
                    </thead>
                    <tbody>{counts}</tbody>
                </table>
                <p class="hint">
                    "Everyone on the map is listed under “Your people”, with their circle and how they leave you feeling."
                </p>
            </figcaption>
        </figure>
    }
}
