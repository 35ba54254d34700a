//! Neighbourhood polygons: reading them from GeoJSON, finding overlaps, and placing
//! an address in the neighbourhood that contains it. Done in Rust with `geo` so that
//! SQLite and PostgreSQL place every address the same way.

use geo::kernels::RobustKernel;
use geo::{
    Area, BoundingRect, Contains, Coord, Intersects, Kernel, Line, LineString, MultiPolygon,
    Orientation, Point, Polygon, Rect, Relate,
};
use serde::Serialize;

use crate::validation::{echo, is_format_or_invisible};

/// A neighbourhood's area: one or more polygons in WGS84 longitude/latitude.
pub type Shape = MultiPolygon<f64>;

/// A neighbourhood's name and shape as read from a GeoJSON feature.
#[derive(Debug, Clone, PartialEq)]
pub struct NeighbourhoodShape {
    pub name: String,
    pub shape: MultiPolygon<f64>,
}

/// Why a GeoJSON file was refused. `reason` is a Fluent key; `feature` counts from 1;
/// `detail` repeats a little of the file, cleaned and cut by [`echo`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShapeError {
    pub feature: usize,
    pub reason: &'static str,
    pub detail: String,
}

pub const MAX_NEIGHBOURHOODS: usize = 2_000;
pub const MAX_POINTS_PER_SHAPE: usize = 200_000;
/// How many pairs of segments the self-intersection check may compare per point of
/// a shape. Real boundaries need a few per point; a shape needing more (a star of
/// a thousand thin spikes) is refused as too complex, so that the check stays
/// linear in the size of the file and no file can keep the server busy for long.
pub const CHECKS_PER_POINT: usize = 64;

impl ShapeError {
    fn new(feature: usize, reason: &'static str, detail: impl AsRef<str>) -> Self {
        Self {
            feature,
            reason,
            detail: echo(detail.as_ref()),
        }
    }
}

/// Reads a FeatureCollection of Polygon or MultiPolygon features, each with a
/// `name` property, in WGS84 longitude/latitude. A leading byte order mark, as some
/// editors save, is ignored.
pub fn parse_geojson(input: &str) -> Result<Vec<NeighbourhoodShape>, ShapeError> {
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let parsed: geojson::GeoJson = input
        .parse()
        .map_err(|e: geojson::Error| ShapeError::new(0, "import-error-geojson", e.to_string()))?;
    let geojson::GeoJson::FeatureCollection(collection) = parsed else {
        return Err(ShapeError::new(
            0,
            "import-error-not-feature-collection",
            "",
        ));
    };
    if collection.features.is_empty() {
        return Err(ShapeError::new(0, "import-error-empty", ""));
    }
    if collection.features.len() > MAX_NEIGHBOURHOODS {
        return Err(ShapeError::new(
            0,
            "import-error-too-many-rows",
            MAX_NEIGHBOURHOODS.to_string(),
        ));
    }
    let mut shapes: Vec<NeighbourhoodShape> = Vec::with_capacity(collection.features.len());
    for (index, feature) in collection.features.into_iter().enumerate() {
        let number = index + 1;
        let name = feature
            .property("name")
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .ok_or_else(|| ShapeError::new(number, "import-error-feature-name", ""))?
            .to_string();
        if name.chars().count() > 80 || name.chars().any(char::is_control) {
            return Err(ShapeError::new(number, "import-error-feature-name", name));
        }
        // Bidirectional overrides and invisible characters would let a name show
        // as something else, or as nothing.
        if name.chars().any(is_format_or_invisible) {
            return Err(ShapeError::new(number, "import-error-name-invisible", name));
        }
        // Neighbourhoods are stored and reached by slug, so two names with one slug
        // ("Gare", "Garé") are the same neighbourhood, and a name needs letters or digits.
        let slug = crate::slug::slugify(&name);
        if !crate::slug::is_valid_slug(&slug) {
            return Err(ShapeError::new(number, "import-error-feature-name", name));
        }
        if shapes.iter().any(|s| crate::slug::slugify(&s.name) == slug) {
            return Err(ShapeError::new(number, "import-error-duplicate-name", name));
        }
        let geometry = feature
            .geometry
            .ok_or_else(|| ShapeError::new(number, "import-error-feature-geometry", &name))?;
        if !rings_are_closed(&geometry.value) {
            return Err(ShapeError::new(
                number,
                "import-error-ring-not-closed",
                name,
            ));
        }
        let shape = match geo::Geometry::<f64>::try_from(geometry) {
            Ok(geo::Geometry::Polygon(p)) => MultiPolygon(vec![p]),
            Ok(geo::Geometry::MultiPolygon(mp)) => mp,
            _ => {
                return Err(ShapeError::new(
                    number,
                    "import-error-feature-geometry",
                    name,
                ))
            }
        };
        check_shape(&shape).map_err(|reason| ShapeError::new(number, reason, &name))?;
        shapes.push(NeighbourhoodShape { name, shape });
    }
    Ok(shapes)
}

/// Whether every ring of a GeoJSON (multi)polygon ends where it starts, as RFC 7946
/// asks. Looked at before converting, because `geo` closes an open ring itself and
/// would silently draw an edge the file does not have. Empty rings are left to the
/// length check.
fn rings_are_closed(value: &geojson::Value) -> bool {
    let closed = |ring: &Vec<geojson::Position>| ring.first() == ring.last();
    match value {
        geojson::Value::Polygon(rings) => rings.iter().all(closed),
        geojson::Value::MultiPolygon(polygons) => polygons.iter().flatten().all(closed),
        _ => true,
    }
}

const SELF_INTERSECTING: &str = "import-error-self-intersecting";

fn check_shape(shape: &MultiPolygon<f64>) -> Result<(), &'static str> {
    if shape.0.is_empty() {
        return Err("import-error-feature-geometry");
    }
    let rings = || {
        shape
            .0
            .iter()
            .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
    };
    let mut points = 0usize;
    for ring in rings() {
        // geo closes rings itself; a ring needs three distinct corners.
        if ring.0.len() < 4 {
            return Err("import-error-ring-too-short");
        }
        points += ring.0.len();
        if ring
            .0
            .iter()
            .any(|c| !c.x.is_finite() || !c.y.is_finite() || c.x.abs() > 180.0 || c.y.abs() > 90.0)
        {
            return Err("import-error-bad-coordinate");
        }
    }
    if points > MAX_POINTS_PER_SHAPE {
        return Err("import-error-shape-too-large");
    }
    let mut budget = points * CHECKS_PER_POINT;
    for ring in rings() {
        let corners = distinct_corners(ring);
        if is_flat(&corners) {
            return Err("import-error-zero-area");
        }
        check_simple(&corners, &mut budget)?;
    }
    // Each ring has an area, but holes may still cover the whole outer ring.
    let area = |ring: &LineString<f64>| Polygon::new(ring.clone(), vec![]).unsigned_area();
    for polygon in &shape.0 {
        let holes: f64 = polygon.interiors().iter().map(area).sum();
        if area(polygon.exterior()) - holes <= 0.0 {
            return Err("import-error-zero-area");
        }
    }
    Ok(())
}

/// A ring's corners without repeats of the corner before, which mean nothing; the
/// result is still closed.
fn distinct_corners(ring: &LineString<f64>) -> Vec<Coord<f64>> {
    let mut corners: Vec<Coord<f64>> = Vec::with_capacity(ring.0.len());
    for &c in &ring.0 {
        if corners.last() != Some(&c) {
            corners.push(c);
        }
    }
    corners
}

/// Whether all corners lie on one line (or on one point), so the ring has no area.
/// Exact, with robust orientation predicates.
fn is_flat(corners: &[Coord<f64>]) -> bool {
    let Some(&a) = corners.first() else {
        return true;
    };
    let Some(&b) = corners.iter().find(|&&c| c != a) else {
        return true;
    };
    corners
        .iter()
        .all(|&c| RobustKernel::orient2d(a, b, c) == Orientation::Collinear)
}

/// The direction segments are sorted along: x + SWEEP·y. Skewed (by the golden
/// ratio) so that borders drawn with many points along a meridian, a parallel or a
/// diagonal do not line up across it.
const SWEEP: f64 = 1.618_033_988_749_895;

/// Widens each segment's extent along the sweep direction, so that rounding in
/// x + SWEEP·y never hides two segments that meet. With |x| <= 180 and |y| <= 90
/// the rounding is below 1e-12.
const SLACK: f64 = 1e-9;

/// Refuses a ring that crosses or touches itself: two segments that do not follow
/// each other may not meet at all. `corners` is closed, without repeated corners,
/// and not flat, so it has at least three segments. Two segments that follow each
/// other need no check: if the second folds back along the first, it ends on the
/// first, where the third segment starts (or the first starts on the second, where
/// the segment before it ends), so a pair that does not follow meets; with only
/// three segments a fold would make the ring flat.
///
/// Comparing every pair of segments would take O(n²) time: with 200,000 points that
/// is hours. Segments are instead sorted by where they start along a sweep
/// direction, and each is compared only with those starting before it ends ("sweep
/// and prune"), which for real boundaries is a few comparisons per point. Each
/// comparison costs one unit of `budget`; when it runs out the shape is refused as
/// too complex.
fn check_simple(corners: &[Coord<f64>], budget: &mut usize) -> Result<(), &'static str> {
    let segments: Vec<Line<f64>> = corners.windows(2).map(|w| Line::new(w[0], w[1])).collect();
    let n = segments.len();
    let along = |c: Coord<f64>| c.x + SWEEP * c.y;
    // (start, end, segment) along the sweep direction, by start.
    let mut extents: Vec<(f64, f64, usize)> = segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (a, b) = (along(s.start), along(s.end));
            (a.min(b), a.max(b) + SLACK, i)
        })
        .collect();
    extents.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (k, &(_, end, i)) in extents.iter().enumerate() {
        for &(_, _, j) in extents[k + 1..].iter().take_while(|e| e.0 <= end) {
            spend(budget)?;
            let (i, j) = (i.min(j), i.max(j));
            let follows = j == i + 1 || (i == 0 && j == n - 1);
            if !follows && segments_meet(&segments[i], &segments[j]) {
                return Err(SELF_INTERSECTING);
            }
        }
    }
    Ok(())
}

fn spend(budget: &mut usize) -> Result<(), &'static str> {
    *budget = budget
        .checked_sub(1)
        .ok_or("import-error-shape-too-complex")?;
    Ok(())
}

/// Whether two segments (of non-zero length) have any point in common, exactly.
fn segments_meet(a: &Line<f64>, b: &Line<f64>) -> bool {
    let side = |l: &Line<f64>, c| RobustKernel::orient2d(l.start, l.end, c);
    let (o1, o2) = (side(a, b.start), side(a, b.end));
    if o1 == Orientation::Collinear && o2 == Orientation::Collinear {
        // On one line: they meet where their extents overlap.
        let (ra, rb) = (a.bounding_rect(), b.bounding_rect());
        return ra.min().x <= rb.max().x
            && rb.min().x <= ra.max().x
            && ra.min().y <= rb.max().y
            && rb.min().y <= ra.max().y;
    }
    // Otherwise each must reach from one side of the other's line to the other side,
    // or end on it; ending on the line but off the segment leaves the other one's
    // ends on one side.
    o1 != o2 && side(b, a.start) != side(b, a.end)
}

/// Pairs of shapes (by index) whose interiors overlap. Neighbourhoods sharing a
/// border only touch, and are fine.
pub fn find_overlaps(shapes: &[&MultiPolygon<f64>]) -> Vec<(usize, usize)> {
    let boxes: Vec<Option<Rect<f64>>> = shapes.iter().map(|s| s.bounding_rect()).collect();
    let mut overlaps = Vec::new();
    for i in 0..shapes.len() {
        for j in (i + 1)..shapes.len() {
            let (Some(a), Some(b)) = (boxes[i], boxes[j]) else {
                continue;
            };
            if !a.intersects(&b) {
                continue;
            }
            let matrix = shapes[i].relate(shapes[j]);
            if matrix.is_intersects() && !matrix.is_touches() {
                overlaps.push((i, j));
            }
        }
    }
    overlaps
}

/// Metres in one degree of latitude, or of longitude at the equator, on a sphere of the
/// Earth's mean radius (6,371.0088 km). The ellipsoid differs by under 1 %: a
/// tolerance of 25 m is judged to within 25 cm.
const METRES_PER_DEGREE: f64 = 6_371_008.8 * std::f64::consts::PI / 180.0;

/// Degrees of longitude that span `metres` at latitude `lat` (degrees): a degree of
/// longitude shrinks with the cosine of the latitude. Never zero or negative, even at
/// a pole, so that it only widens a search there.
fn longitude_degrees(metres: f64, lat: f64) -> f64 {
    metres / (METRES_PER_DEGREE * lat.to_radians().cos().max(1e-9))
}

/// Pairs of neighbourhoods (by id, smaller first, sorted, without repeats) whose
/// boundaries touch, even at one point, or come within `tolerance_metres` of each
/// other. Real maps leave gaps and slivers of a few metres between polygons that
/// share a street; 25 m bridges them without joining quartiers a street block apart.
/// A shape lying inside another (which the import refuses as an overlap) counts as
/// adjacent too. A negative or NaN tolerance counts as zero.
///
/// Distances are measured on a local flat projection around where the two shapes
/// meet, exact enough for the size of a commune. Only pairs whose bounding boxes come
/// within the tolerance are compared, and of those only the segments near the other
/// shape's box, swept along the longitude; 2,000 neighbourhoods take well under a second.
pub fn adjacent_pairs(
    shapes: &[(i64, &MultiPolygon<f64>)],
    tolerance_metres: f64,
) -> Vec<(i64, i64)> {
    // `max` takes the number over NaN.
    let tolerance = tolerance_metres.max(0.0);
    let mut prepared: Vec<Nearby> = shapes
        .iter()
        .filter_map(|&(id, shape)| Nearby::new(id, shape))
        .collect();
    prepared.sort_by(|a, b| a.bounds.min().x.total_cmp(&b.bounds.min().x));
    // The widest margin in longitude any pair can need, for the sweep to stop early.
    let far_lat = prepared
        .iter()
        .map(|s| s.bounds.min().y.abs().max(s.bounds.max().y.abs()))
        .fold(0.0, f64::max);
    let sweep_margin = longitude_degrees(tolerance, far_lat);
    let mut pairs = Vec::new();
    let mut rest = &prepared[..];
    while let Some((a, later)) = rest.split_first() {
        rest = later;
        let reach = a.bounds.max().x + sweep_margin;
        for b in later.iter().take_while(|b| b.bounds.min().x <= reach) {
            if a.id != b.id && a.near(b, tolerance) {
                pairs.push((a.id.min(b.id), a.id.max(b.id)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// A shape prepared for [`adjacent_pairs`]: its boundary as segments of non-zero
/// length (a repeated corner is no segment: [`segments_meet`] would take it for one
/// lying along any segment whose box holds it), and its box.
struct Nearby<'a> {
    id: i64,
    shape: &'a MultiPolygon<f64>,
    bounds: Rect<f64>,
    segments: Vec<Line<f64>>,
}

impl<'a> Nearby<'a> {
    /// `None` for a shape without points, which is near nothing.
    fn new(id: i64, shape: &'a MultiPolygon<f64>) -> Option<Self> {
        let bounds = shape.bounding_rect()?;
        let segments = shape
            .0
            .iter()
            .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
            .flat_map(|ring| ring.lines())
            .filter(|line| line.start != line.end)
            .collect();
        Some(Self {
            id,
            shape,
            bounds,
            segments,
        })
    }

    /// Whether the two shapes come within `tolerance` metres of each other.
    fn near(&self, other: &Nearby, tolerance: f64) -> bool {
        let (a, b) = (self.bounds, other.bounds);
        // Where the two boxes meet, or the middle of the gap between them: the
        // latitude at which to measure.
        let lat = (a.min().y.max(b.min().y) + a.max().y.min(b.max().y)) / 2.0;
        let scale = Coord {
            x: METRES_PER_DEGREE * lat.to_radians().cos(),
            y: METRES_PER_DEGREE,
        };
        let project = |c: Coord<f64>| Coord {
            x: c.x * scale.x,
            y: c.y * scale.y,
        };
        let flat = |r: Rect<f64>| Rect::new(project(r.min()), project(r.max()));
        let margin = Coord {
            x: tolerance,
            y: tolerance,
        };
        let grow = |r: Rect<f64>| Rect::new(r.min() - margin, r.max() + margin);
        let (flat_a, flat_b) = (flat(a), flat(b));
        let (reach_a, reach_b) = (grow(flat_a), grow(flat_b));
        if !reach_a.intersects(&flat_b) {
            return false;
        }
        // Each shape's segments near the other's box, swept along the projected x.
        let mut edges: Vec<Edge> = Vec::new();
        for (shape, reach, second) in [(self, reach_b, false), (other, reach_a, true)] {
            for &segment in &shape.segments {
                let flat = Line::new(project(segment.start), project(segment.end));
                let extent = flat.bounding_rect();
                if extent.intersects(&reach) {
                    edges.push(Edge {
                        extent,
                        second,
                        segment,
                        flat,
                    });
                }
            }
        }
        edges.sort_by(|e, f| e.extent.min().x.total_cmp(&f.extent.min().x));
        let mut rest = &edges[..];
        while let Some((e, later)) = rest.split_first() {
            rest = later;
            let reach = e.extent.max().x + tolerance;
            for f in later.iter().take_while(|f| f.extent.min().x <= reach) {
                if e.second != f.second
                    && f.extent.min().y <= e.extent.max().y + tolerance
                    && e.extent.min().y <= f.extent.max().y + tolerance
                    && (segments_meet(&e.segment, &f.segment)
                        || segment_distance(&e.flat, &f.flat) <= tolerance)
                {
                    return true;
                }
            }
        }
        // No boundaries near: one shape may still lie inside the other.
        let inside = |inner: &Nearby, outer: &Nearby| {
            inner
                .segments
                .first()
                .is_some_and(|s| outer.shape.intersects(&Point::from(s.start)))
        };
        inside(self, other) || inside(other, self)
    }
}

/// A segment of one of two shapes compared by [`Nearby::near`]: as in the file (to
/// tell exactly whether segments meet) and projected to metres (to measure).
struct Edge {
    extent: Rect<f64>,
    /// Of the second shape.
    second: bool,
    segment: Line<f64>,
    flat: Line<f64>,
}

/// The distance between two segments of non-zero length that do not meet (whether
/// they meet is asked exactly, with [`segments_meet`]): the shortest from an end of
/// one to the other.
fn segment_distance(a: &Line<f64>, b: &Line<f64>) -> f64 {
    point_segment_distance(a.start, b)
        .min(point_segment_distance(a.end, b))
        .min(point_segment_distance(b.start, a))
        .min(point_segment_distance(b.end, a))
}

fn point_segment_distance(p: Coord<f64>, s: &Line<f64>) -> f64 {
    let d = s.delta();
    // Where along the segment (0 at its start, 1 at its end) the point is nearest.
    let t = ((p.x - s.start.x) * d.x + (p.y - s.start.y) * d.y) / (d.x * d.x + d.y * d.y);
    let nearest = s.start + d * t.clamp(0.0, 1.0);
    (p.x - nearest.x).hypot(p.y - nearest.y)
}

/// What the rules know of the map from one neighbourhood: which neighbourhoods touch
/// it. They only ever ask whether the reader's own neighbourhood touches another, so a
/// pair without `home` in it answers "no".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NextDoor {
    home: Option<i64>,
    touching: Vec<i64>,
}

impl NextDoor {
    /// `touching`: the neighbourhoods adjacent to `home` (as `adjacent_pairs` found them).
    pub fn new(home: Option<i64>, touching: Vec<i64>) -> NextDoor {
        NextDoor { home, touching }
    }

    /// Whether `a` and `b` touch, one of them being `home`; in either order.
    pub fn touch(&self, a: i64, b: i64) -> bool {
        let Some(home) = self.home else {
            return false;
        };
        (a == home && self.touching.contains(&b)) || (b == home && self.touching.contains(&a))
    }
}

/// A neighbourhood ready for placing addresses: its id and shape with a bounding box.
pub struct PlacementArea {
    pub id: i64,
    shape: MultiPolygon<f64>,
    bounds: Option<Rect<f64>>,
}

impl PlacementArea {
    pub fn new(id: i64, shape: MultiPolygon<f64>) -> Self {
        let bounds = shape.bounding_rect();
        Self { id, shape, bounds }
    }
}

/// Places points in areas. A point strictly inside an area belongs to it; a point on
/// a shared border belongs to the bordering area with the smallest id, so placement
/// is deterministic whatever order the areas come in.
pub struct Placer {
    areas: Vec<PlacementArea>,
}

impl Placer {
    pub fn new(mut areas: Vec<PlacementArea>) -> Self {
        areas.sort_by_key(|a| a.id);
        Self { areas }
    }

    pub fn place(&self, lon: f64, lat: f64) -> Option<i64> {
        if !lon.is_finite() || !lat.is_finite() {
            return None;
        }
        let point = Point::new(lon, lat);
        let mut on_border = None;
        for area in &self.areas {
            match area.bounds {
                Some(b) if b.intersects(&point) => {}
                _ => continue,
            }
            if area.shape.contains(&point) {
                return Some(area.id);
            }
            if on_border.is_none() && area.shape.intersects(&point) {
                on_border = Some(area.id);
            }
        }
        on_border
    }
}

/// Serialises a shape back to a GeoJSON geometry for storage.
pub fn shape_to_geojson(shape: &MultiPolygon<f64>) -> String {
    geojson::Geometry::new(geojson::Value::from(shape)).to_string()
}

/// Reads a stored shape; `None` if the stored text is not a (multi)polygon.
pub fn shape_from_geojson(text: &str) -> Option<MultiPolygon<f64>> {
    let geometry: geojson::Geometry = text.parse().ok()?;
    match geo::Geometry::<f64>::try_from(geometry).ok()? {
        geo::Geometry::Polygon(p) => Some(MultiPolygon(vec![p])),
        geo::Geometry::MultiPolygon(mp) => Some(mp),
        _ => None,
    }
}

/// A rectangle, handy for tests and simple demo communes.
pub fn rectangle(min_lon: f64, min_lat: f64, max_lon: f64, max_lat: f64) -> MultiPolygon<f64> {
    MultiPolygon(vec![Polygon::new(
        vec![
            (min_lon, min_lat),
            (max_lon, min_lat),
            (max_lon, max_lat),
            (min_lon, max_lat),
            (min_lon, min_lat),
        ]
        .into(),
        vec![],
    )])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn next_door_answers_for_pairs_with_home_in_either_order() {
        let gare = NextDoor::new(Some(1), vec![2, 3]);
        assert!(gare.touch(1, 2) && gare.touch(2, 1) && gare.touch(3, 1));
        assert!(!gare.touch(1, 4) && !gare.touch(4, 1), "not adjacent");
        assert!(!gare.touch(2, 3), "a pair without home: unknown, so no");
        assert!(!gare.touch(1, 1), "home is not its own neighbour");
        let nowhere = NextDoor::new(None, vec![2]);
        assert!(!nowhere.touch(2, 2) && !nowhere.touch(1, 2));
        assert!(!NextDoor::default().touch(0, 0));
    }

    const LUXEMBOURG: &str = include_str!("../../server/demo/luxembourg-city-quartiers.geojson");

    fn luxembourg_placer() -> (Vec<NeighbourhoodShape>, Placer) {
        let shapes = parse_geojson(LUXEMBOURG).unwrap();
        let areas = shapes
            .iter()
            .enumerate()
            .map(|(i, s)| PlacementArea::new(i as i64, s.shape.clone()))
            .collect();
        (shapes, Placer::new(areas))
    }

    #[test]
    fn real_quartiers_place_known_landmarks() {
        let (shapes, placer) = luxembourg_placer();
        assert_eq!(shapes.len(), 24);
        let name_at = |lon, lat| {
            placer
                .place(lon, lat)
                .map(|i| shapes[i as usize].name.as_str())
        };
        assert_eq!(name_at(6.1335, 49.5998), Some("Gare"));
        assert_eq!(name_at(6.1401, 49.6187), Some("Kirchberg"));
        assert_eq!(name_at(6.1297, 49.6110), Some("Centre"));
        assert_eq!(name_at(6.1146, 49.5800), Some("Gasperich"));
        // Paris is in no quartier of Luxembourg City.
        assert_eq!(name_at(2.35, 48.85), None);
    }

    fn luxembourg_pairs(tolerance: f64) -> Vec<(String, String)> {
        let shapes = parse_geojson(LUXEMBOURG).unwrap();
        let ids: Vec<(i64, &MultiPolygon<f64>)> = shapes
            .iter()
            .enumerate()
            .map(|(i, s)| (i as i64, &s.shape))
            .collect();
        adjacent_pairs(&ids, tolerance)
            .into_iter()
            .map(|(a, b)| {
                let (a, b) = (&shapes[a as usize].name, &shapes[b as usize].name);
                (a.min(b).clone(), a.max(b).clone())
            })
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.min(b).to_string(), a.max(b).to_string())
    }

    #[test]
    fn real_quartiers_touch_their_neighbours() {
        let pairs = luxembourg_pairs(25.0);
        let mut gare: Vec<&str> = pairs
            .iter()
            .filter_map(|(a, b)| match (a.as_str(), b.as_str()) {
                ("Gare", other) | (other, "Gare") => Some(other),
                _ => None,
            })
            .collect();
        gare.sort_unstable();
        assert_eq!(
            gare,
            ["Bonnevoie", "Centre", "Gasperich", "Grund", "Hollerich"]
        );
        for (a, b) in [
            ("Kirchberg", "Weimershof"),
            ("Kirchberg", "Pfaffenthal"),
            ("Hamm", "Cents"),
            ("Beggen", "Dommeldange"),
            ("Cessingen", "Merl"),
        ] {
            assert!(pairs.contains(&pair(a, b)), "{a} and {b}");
        }
        // Gare and Belair are 270 m apart, Kirchberg and Centre 160 m (the Alzette
        // valley), Bonnevoie and Cents 47 m.
        for (a, b) in [
            ("Gare", "Kirchberg"),
            ("Gare", "Belair"),
            ("Kirchberg", "Centre"),
            ("Bonnevoie", "Cents"),
        ] {
            assert!(!pairs.contains(&pair(a, b)), "{a} and {b}");
        }
        // Clausen and Centre meet at the Bock, but the map leaves a 14 m sliver
        // between them: bridged at 25 m, not without a tolerance.
        assert!(pairs.contains(&pair("Centre", "Clausen")));
        let exact = luxembourg_pairs(0.0);
        assert!(!exact.contains(&pair("Centre", "Clausen")));
        assert_eq!((exact.len(), pairs.len()), (54, 55));
        assert!(exact.iter().all(|p| pairs.contains(p)));
        assert!(luxembourg_pairs(50.0).contains(&pair("Bonnevoie", "Cents")));
    }

    /// A rectangle given in metres east and north of (6.1, 49.6).
    fn metres(x0: f64, y0: f64, x1: f64, y1: f64) -> MultiPolygon<f64> {
        let (lon, lat): (f64, f64) = (6.1, 49.6);
        let dx = |m: f64| lon + m / (METRES_PER_DEGREE * lat.to_radians().cos());
        let dy = |m: f64| lat + m / METRES_PER_DEGREE;
        rectangle(dx(x0), dy(y0), dx(x1), dy(y1))
    }

    /// The distance between two axis-aligned rectangles in metres, 0 if they meet.
    fn rect_distance(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> f64 {
        let dx = (b.0 - a.2).max(a.0 - b.2).max(0.0);
        let dy = (b.1 - a.3).max(a.1 - b.3).max(0.0);
        dx.hypot(dy)
    }

    #[test]
    fn gaps_are_measured_in_metres_whatever_the_latitude() {
        // Side by side with a 20 m gap east-west: a longitude gap of 20 m at 49.6°
        // is 0.00028°, which taken as latitude degrees would be 31 m.
        let west = metres(0.0, 0.0, 200.0, 200.0);
        let east = metres(220.0, 0.0, 420.0, 200.0);
        let north = metres(0.0, 220.0, 200.0, 420.0);
        let corner = metres(220.0, 220.0, 420.0, 420.0); // 28.3 m from west
        let shapes = [(1, &west), (2, &east), (3, &north), (4, &corner)];
        assert_eq!(
            adjacent_pairs(&shapes, 25.0),
            vec![(1, 2), (1, 3), (2, 4), (3, 4)]
        );
        assert_eq!(
            adjacent_pairs(&shapes, 30.0),
            vec![(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]
        );
        assert_eq!(adjacent_pairs(&shapes, 19.0), vec![]);
        assert_eq!(adjacent_pairs(&shapes, 0.0), vec![]);
    }

    #[test]
    fn touching_at_a_border_or_a_corner_is_adjacent() {
        let a = rectangle(0.0, 0.0, 1.0, 1.0);
        let b = rectangle(1.0, 0.0, 2.0, 1.0); // shares the side x = 1
        let c = rectangle(2.0, 1.0, 3.0, 2.0); // touches b at the corner (2, 1)
        let d = rectangle(1.0, 0.25, 1.5, 0.75); // inside b, touching a along x = 1
        let far = rectangle(5.0, 5.0, 6.0, 6.0);
        let shapes = [(40, &a), (30, &b), (20, &c), (10, &d), (50, &far)];
        assert_eq!(
            adjacent_pairs(&shapes, 0.0),
            vec![(10, 30), (10, 40), (20, 30), (30, 40)]
        );
        // Below zero or not a number, the tolerance is zero.
        assert_eq!(
            adjacent_pairs(&shapes, -100.0),
            adjacent_pairs(&shapes, 0.0)
        );
        assert_eq!(
            adjacent_pairs(&shapes, f64::NAN),
            adjacent_pairs(&shapes, 0.0)
        );
        // A repeated corner is no segment lying along the side of a triangle whose
        // box holds it (the side starts level with it, so they are compared).
        let repeated = MultiPolygon(vec![Polygon::new(
            vec![
                (0.0, 0.0),
                (1.0, 0.0),
                (1.0, 1.0),
                (1.0, 1.0),
                (0.0, 1.0),
                (0.0, 0.0),
            ]
            .into(),
            vec![],
        )]);
        let triangle = MultiPolygon(vec![Polygon::new(
            vec![(1.0, 2.2), (2.2, 1.0), (2.2, 2.2), (1.0, 2.2)].into(),
            vec![],
        )]);
        assert_eq!(
            adjacent_pairs(&[(1, &repeated), (2, &triangle)], 0.0),
            vec![]
        );
        assert_eq!(
            adjacent_pairs(&[(1, &triangle), (2, &repeated)], 0.0),
            vec![]
        );
        // A T-junction: b's corner (1, 1) lies inside a's top side when a is wider.
        let wide = rectangle(0.0, 1.0, 3.0, 2.0);
        assert_eq!(adjacent_pairs(&[(1, &b), (2, &wide)], 0.0), vec![(1, 2)]);
    }

    #[test]
    fn a_shape_inside_another_is_adjacent_to_it() {
        let outer = rectangle(0.0, 0.0, 10.0, 10.0);
        let inner = rectangle(4.0, 4.0, 5.0, 5.0);
        assert_eq!(
            adjacent_pairs(&[(2, &outer), (1, &inner)], 0.0),
            vec![(1, 2)]
        );
        assert_eq!(
            adjacent_pairs(&[(1, &inner), (2, &outer)], 0.0),
            vec![(1, 2)]
        );
        // An enclave in a hole touches the hole's edge; one in the hole's middle
        // does not, and is not inside the shape either.
        let holed = MultiPolygon(vec![Polygon::new(
            rectangle(0.0, 0.0, 10.0, 10.0).0[0].exterior().clone(),
            vec![rectangle(2.0, 2.0, 8.0, 8.0).0[0].exterior().clone()],
        )]);
        let enclave = rectangle(2.0, 2.0, 8.0, 8.0);
        let island = rectangle(4.0, 4.0, 5.0, 5.0);
        assert_eq!(
            adjacent_pairs(&[(1, &holed), (2, &enclave)], 0.0),
            vec![(1, 2)]
        );
        assert_eq!(adjacent_pairs(&[(1, &holed), (2, &island)], 0.0), vec![]);
    }

    #[test]
    fn ids_are_ordered_and_repeats_ignored() {
        let a = rectangle(0.0, 0.0, 1.0, 1.0);
        let b = rectangle(1.0, 0.0, 2.0, 1.0);
        let c = rectangle(2.0, 0.0, 3.0, 1.0);
        let empty = MultiPolygon(vec![]);
        // One neighbourhood drawn as two shapes on both sides of another: one pair;
        // and it is not adjacent to itself.
        let shapes = [(9, &a), (3, &b), (9, &c), (9, &b), (7, &empty)];
        assert_eq!(adjacent_pairs(&shapes, 25.0), vec![(3, 9)]);
        assert_eq!(adjacent_pairs(&[], 25.0), vec![]);
    }

    #[test]
    fn two_thousand_neighbourhoods_are_paired_quickly() {
        // A 40 × 50 grid of 200 m blocks with 10 m streets between them, each side
        // drawn with 25 points, as real boundaries are.
        let (rows, columns) = (40, 50);
        let block = |row: usize, column: usize| {
            let (x, y) = (column as f64 * 210.0, row as f64 * 210.0);
            let mut ring = Vec::new();
            for i in 0..25 {
                let t = i as f64 * 8.0;
                ring.push((x + t, y));
            }
            for i in 0..25 {
                ring.push((x + 200.0, y + i as f64 * 8.0));
            }
            for i in 0..25 {
                ring.push((x + 200.0 - i as f64 * 8.0, y + 200.0));
            }
            for i in 0..25 {
                ring.push((x, y + 200.0 - i as f64 * 8.0));
            }
            ring.push(ring[0]);
            let (lon, lat): (f64, f64) = (6.1, 49.6);
            let ring: Vec<(f64, f64)> = ring
                .into_iter()
                .map(|(x, y)| {
                    (
                        lon + x / (METRES_PER_DEGREE * lat.to_radians().cos()),
                        lat + y / METRES_PER_DEGREE,
                    )
                })
                .collect();
            MultiPolygon(vec![Polygon::new(ring.into(), vec![])])
        };
        let blocks: Vec<MultiPolygon<f64>> = (0..rows * columns)
            .map(|i| block(i / columns, i % columns))
            .collect();
        let shapes: Vec<(i64, &MultiPolygon<f64>)> = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (i as i64, b))
            .collect();
        let started = std::time::Instant::now();
        let pairs = adjacent_pairs(&shapes, 12.0);
        eprintln!("2,000 blocks paired in {:?}", started.elapsed());
        // Each block with the one east and the one north of it; diagonals are 14 m apart.
        assert_eq!(pairs.len(), rows * (columns - 1) + (rows - 1) * columns);
        assert!(pairs.contains(&(0, 1)) && pairs.contains(&(0, 50)));
        assert!(!pairs.contains(&(0, 51)));
    }

    #[test]
    fn real_quartiers_do_not_overlap() {
        let (shapes, _) = luxembourg_placer();
        let refs: Vec<_> = shapes.iter().map(|s| &s.shape).collect();
        assert_eq!(find_overlaps(&refs), vec![]);
    }

    #[test]
    fn overlapping_shapes_are_found() {
        let a = rectangle(0.0, 0.0, 2.0, 2.0);
        let b = rectangle(1.0, 1.0, 3.0, 3.0);
        let c = rectangle(2.0, 0.0, 4.0, 1.0); // touches a along x = 2 and b at y = 1
        let d = rectangle(3.5, 0.5, 5.0, 2.0); // overlaps c only
        assert_eq!(find_overlaps(&[&a, &b, &c, &d]), vec![(0, 1), (2, 3)]);
    }

    #[test]
    fn border_points_go_to_the_smallest_id_whatever_the_order() {
        let west = PlacementArea::new(7, rectangle(0.0, 0.0, 1.0, 1.0));
        let east = PlacementArea::new(3, rectangle(1.0, 0.0, 2.0, 1.0));
        let placer = Placer::new(vec![west, east]);
        assert_eq!(placer.place(1.0, 0.5), Some(3));
        assert_eq!(placer.place(0.5, 0.5), Some(7));
        assert_eq!(placer.place(5.0, 5.0), None);
        assert_eq!(placer.place(f64::NAN, 0.5), None);
    }

    #[test]
    fn malformed_geojson_is_refused_with_a_reason() {
        let reason = |s: &str| parse_geojson(s).unwrap_err().reason;
        assert_eq!(reason("{"), "import-error-geojson");
        assert_eq!(
            reason(r#"{"type":"Point","coordinates":[1,2]}"#),
            "import-error-not-feature-collection"
        );
        assert_eq!(
            reason(r#"{"type":"FeatureCollection","features":[]}"#),
            "import-error-empty"
        );
        let no_name = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"#;
        assert_eq!(reason(no_name), "import-error-feature-name");
        let twins = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"Gare"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
            {"type":"Feature","properties":{"name":"Garé"},"geometry":{"type":"Polygon","coordinates":[[[2,0],[3,0],[3,1],[2,0]]]}}]}"#;
        assert_eq!(reason(twins), "import-error-duplicate-name");
        let no_letters = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"???"},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"#;
        assert_eq!(reason(no_letters), "import-error-feature-name");
        let point = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},
            "geometry":{"type":"Point","coordinates":[0,0]}}]}"#;
        assert_eq!(reason(point), "import-error-feature-geometry");
        let far = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,400],[0,0]]]}}]}"#;
        assert_eq!(reason(far), "import-error-bad-coordinate");
    }

    #[test]
    fn shapes_round_trip_through_storage() {
        let (shapes, _) = luxembourg_placer();
        let text = shape_to_geojson(&shapes[0].shape);
        assert_eq!(shape_from_geojson(&text), Some(shapes[0].shape.clone()));
        assert_eq!(shape_from_geojson("nonsense"), None);
    }

    /// A FeatureCollection with one feature named `name` of the given geometry.
    fn collection(name: &str, geometry: &str) -> String {
        let name = serde_json::to_string(name).unwrap();
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"name":{name}}},"geometry":{geometry}}}]}}"#
        )
    }

    fn ring_json(ring: &[(f64, f64)]) -> String {
        let positions: Vec<String> = ring.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
        format!("[{}]", positions.join(","))
    }

    /// A Polygon geometry of the given rings, each written as given (not closed).
    fn polygon(rings: &[&[(f64, f64)]]) -> String {
        let rings: Vec<String> = rings.iter().map(|r| ring_json(r)).collect();
        format!(
            r#"{{"type":"Polygon","coordinates":[{}]}}"#,
            rings.join(",")
        )
    }

    fn outcome(geometry: &str) -> Result<(), &'static str> {
        parse_geojson(&collection("A", geometry))
            .map(|_| ())
            .map_err(|e| e.reason)
    }

    const SQUARE: &[(f64, f64)] = &[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)];

    #[test]
    fn a_bow_tie_is_refused() {
        let bow_tie = [(0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0), (0.0, 0.0)];
        assert_eq!(outcome(&polygon(&[&bow_tie])), Err(SELF_INTERSECTING));
        // Also as the second part of a MultiPolygon, and as a hole.
        let multi = format!(
            r#"{{"type":"MultiPolygon","coordinates":[[{}],[{}]]}}"#,
            ring_json(SQUARE),
            ring_json(&bow_tie.map(|(x, y)| (x + 10.0, y)))
        );
        assert_eq!(outcome(&multi), Err(SELF_INTERSECTING));
        let hole = bow_tie.map(|(x, y)| (x + 1.0, y + 1.0));
        assert_eq!(outcome(&polygon(&[SQUARE, &hole])), Err(SELF_INTERSECTING));
    }

    #[test]
    fn rings_that_touch_themselves_or_fold_back_are_refused() {
        // A figure eight through one corner (1, 1) visited twice.
        let eight = [
            (0.0, 0.0),
            (2.0, 0.0),
            (1.0, 1.0),
            (2.0, 2.0),
            (0.0, 2.0),
            (1.0, 1.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&eight])), Err(SELF_INTERSECTING));
        // A corner lying on a segment that does not end there.
        let dent = [
            (0.0, 0.0),
            (4.0, 0.0),
            (4.0, 4.0),
            (2.0, 0.0),
            (0.0, 4.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&dent])), Err(SELF_INTERSECTING));
        // A spike: out along x = 0 and back over the same line, in the middle...
        let spike = [
            (0.0, 0.0),
            (2.0, 0.0),
            (2.0, 2.0),
            (2.0, 3.0),
            (2.0, 1.0),
            (0.0, 2.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&spike])), Err(SELF_INTERSECTING));
        // ...and across the closing corner, either way round.
        let closing = [
            (0.0, 0.0),
            (2.0, 0.0),
            (2.0, 2.0),
            (0.0, 2.0),
            (0.0, 3.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&closing])), Err(SELF_INTERSECTING));
        let closing = [
            (0.0, 0.0),
            (0.0, 1.0),
            (3.0, 3.0),
            (-3.0, 3.0),
            (0.0, 2.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&closing])), Err(SELF_INTERSECTING));
        // Two separate edges overlapping along a line.
        let overlap = [
            (0.0, 0.0),
            (4.0, 0.0),
            (4.0, 1.0),
            (1.0, 1.0),
            (1.0, 0.0),
            (3.0, 0.0),
            (3.0, -1.0),
            (0.0, -1.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&overlap])), Err(SELF_INTERSECTING));
    }

    #[test]
    fn segments_meet_exactly() {
        let line = |a: (f64, f64), b: (f64, f64)| Line::new(a, b);
        let a = line((0.0, 0.0), (2.0, 0.0));
        let cases = [
            // Crossing, touching with an end, near misses.
            (line((1.0, -1.0), (1.0, 1.0)), true),
            (line((1.0, 0.0), (1.0, 1.0)), true),
            (line((2.0, 0.0), (3.0, 1.0)), true),
            (line((1.0, 1e-300), (1.0, 1.0)), false),
            (line((3.0, 0.0), (3.0, 1.0)), false),
            (line((-1.0, -1.0), (3.0, -1e-300)), false),
            // On the same line: overlapping, inside, touching end to end, apart.
            (line((1.0, 0.0), (3.0, 0.0)), true),
            (line((0.5, 0.0), (1.5, 0.0)), true),
            (line((-1.0, 0.0), (3.0, 0.0)), true),
            (line((2.0, 0.0), (3.0, 0.0)), true),
            (line((-1.0, 0.0), (0.0, 0.0)), true),
            (line((2.5, 0.0), (3.0, 0.0)), false),
            (line((-1.0, 0.0), (-0.5, 0.0)), false),
        ];
        let vertical = |l: Line<f64>| line((l.start.y, l.start.x), (l.end.y, l.end.x));
        for (b, expected) in cases {
            for (a, b) in [(a, b), (vertical(a), vertical(b))] {
                assert_eq!(segments_meet(&a, &b), expected, "{a:?} {b:?}");
                assert_eq!(segments_meet(&b, &a), expected, "{b:?} {a:?}");
                let back = |l: Line<f64>| line(l.end.x_y(), l.start.x_y());
                assert_eq!(segments_meet(&back(a), &back(b)), expected, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn long_straight_borders_in_any_direction_stay_within_the_budget() {
        // 2,000 points along one straight side of a thin triangle. Sweeping across
        // that side would compare every pair of its segments.
        for (dx, dy) in [
            (1.0, 0.0),
            (0.0, 1.0),
            (1.0, 1.0),
            (1.0, -1.0),
            (SWEEP, 1.0),
        ] {
            let length = f64::hypot(dx, dy);
            let (ux, uy) = (dx / length, dy / length);
            let (x, y) = (6.0, 49.5);
            let mut ring: Vec<(f64, f64)> = (0..=2_000)
                .map(|i| (x + ux * i as f64 / 2_000.0, y + uy * i as f64 / 2_000.0))
                .collect();
            ring.push((x + 0.5 * ux - 0.1 * uy, y + 0.5 * uy + 0.1 * ux));
            ring.push((x, y));
            assert_eq!(outcome(&polygon(&[&ring])), Ok(()), "{dx} {dy}");
        }
    }

    #[test]
    fn a_square_pinched_to_a_point_is_refused() {
        // Notches from the bottom and from the top meet at (0, 0): each segment
        // there lies wholly before or wholly after that corner along the sweep.
        let pinched = [
            (-2.0, -2.0),
            (-1.0, -2.0),
            (0.0, 0.0),
            (1.0, -2.0),
            (2.0, -2.0),
            (2.0, 2.0),
            (1.0, 2.0),
            (0.0, 0.0),
            (-1.0, 2.0),
            (-2.0, 2.0),
            (-2.0, -2.0),
        ];
        assert_eq!(outcome(&polygon(&[&pinched])), Err(SELF_INTERSECTING));
        let mut apart = pinched;
        apart[7] = (0.0, 0.1);
        assert_eq!(outcome(&polygon(&[&apart])), Ok(()));
    }

    #[test]
    fn long_crossing_segments_are_found() {
        // Segments crossing near the middle of a long one, whose middle is far
        // from its ends along any curved measure.
        for crossing in [
            [(1.0, 3.0), (3.0, 1.0), (2.2, 2.0), (1.8, 2.1), (1.0, 3.0)],
            [(0.0, 0.5), (4.0, 4.0), (2.1, 2.1), (1.9, 2.4), (0.0, 0.5)],
            [
                (-170.0, -80.0),
                (170.0, 80.0),
                (1.0, -1.0),
                (-1.0, 1.0),
                (-170.0, -80.0),
            ],
        ] {
            assert_eq!(outcome(&polygon(&[&crossing])), Err(SELF_INTERSECTING));
        }
    }

    #[test]
    fn two_triangles_meeting_tip_to_tip_are_refused() {
        // They touch only at (0, 0), where the segments of one end and those of the
        // other start along the sweep direction.
        let hourglass = [
            (0.0, 0.0),
            (-1.0, -1.0),
            (1.0, -1.0),
            (0.0, 0.0),
            (1.0, 1.0),
            (-1.0, 1.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&hourglass])), Err(SELF_INTERSECTING));
        // Apart, they are a fine MultiPolygon.
        let lower = format!("[{}]", ring_json(&hourglass[..4]));
        let upper = [(0.0, 0.1), (1.0, 1.0), (-1.0, 1.0), (0.0, 0.1)];
        let multi = format!(
            r#"{{"type":"MultiPolygon","coordinates":[{lower},[{}]]}}"#,
            ring_json(&upper)
        );
        assert_eq!(outcome(&multi), Ok(()));
    }

    #[test]
    fn repeated_and_straight_corners_are_fine() {
        let repeated = [
            (0.0, 0.0),
            (1.0, 0.0),
            (1.0, 0.0),
            (1.0, 1.0),
            (0.0, 0.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&repeated])), Ok(()));
        let straight = [
            (0.0, 0.0),
            (1.0, 0.0),
            (2.0, 0.0),
            (2.0, 1.0),
            (0.0, 1.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&straight])), Ok(()));
        let hole = [(1.0, 1.0), (1.0, 2.0), (2.0, 2.0), (2.0, 1.0), (1.0, 1.0)];
        assert_eq!(outcome(&polygon(&[SQUARE, &hole])), Ok(()));
        // A concave ring whose edges come close without meeting.
        let u = [
            (0.0, 0.0),
            (3.0, 0.0),
            (3.0, 3.0),
            (2.0, 3.0),
            (2.0, 1.0),
            (1.0, 1.0),
            (1.0, 3.0),
            (0.0, 3.0),
            (0.0, 0.0),
        ];
        assert_eq!(outcome(&polygon(&[&u])), Ok(()));
    }

    #[test]
    fn an_unclosed_ring_is_refused() {
        let open = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];
        assert_eq!(
            outcome(&polygon(&[&open])),
            Err("import-error-ring-not-closed")
        );
        let open_hole = [(1.0, 1.0), (1.0, 2.0), (2.0, 2.0), (2.0, 1.0)];
        assert_eq!(
            outcome(&polygon(&[SQUARE, &open_hole])),
            Err("import-error-ring-not-closed")
        );
        let multi = format!(
            r#"{{"type":"MultiPolygon","coordinates":[[{}],[{}]]}}"#,
            ring_json(SQUARE),
            ring_json(&open.map(|(x, y)| (x + 10.0, y)))
        );
        assert_eq!(outcome(&multi), Err("import-error-ring-not-closed"));
        // An empty ring is too short rather than open.
        assert_eq!(
            outcome(&polygon(&[&[]])),
            Err("import-error-ring-too-short")
        );
    }

    #[test]
    fn zero_area_shapes_are_refused() {
        let line = [(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (0.0, 0.0)];
        assert_eq!(outcome(&polygon(&[&line])), Err("import-error-zero-area"));
        let diagonal = [(0.1, 0.1), (0.2, 0.2), (0.3, 0.3), (0.1, 0.1)];
        assert_eq!(
            outcome(&polygon(&[&diagonal])),
            Err("import-error-zero-area")
        );
        let point = [(1.0, 1.0); 4];
        assert_eq!(outcome(&polygon(&[&point])), Err("import-error-zero-area"));
        assert_eq!(
            outcome(&polygon(&[SQUARE, &line])),
            Err("import-error-zero-area")
        );
        // A hole as large as the outer ring leaves nothing.
        assert_eq!(
            outcome(&polygon(&[SQUARE, SQUARE])),
            Err("import-error-zero-area")
        );
        let mut two_holes = vec![SQUARE];
        let left = [(0.0, 0.0), (0.0, 4.0), (2.0, 4.0), (2.0, 0.0), (0.0, 0.0)];
        let right = [(2.0, 0.0), (2.0, 4.0), (4.0, 4.0), (4.0, 0.0), (2.0, 0.0)];
        two_holes.extend([&left[..], &right[..]]);
        assert_eq!(outcome(&polygon(&two_holes)), Err("import-error-zero-area"));
    }

    #[test]
    fn coordinates_must_be_finite_and_on_earth() {
        let corners = [
            (-180.0, -90.0),
            (180.0, -90.0),
            (180.0, 90.0),
            (-180.0, -90.0),
        ];
        assert_eq!(outcome(&polygon(&[&corners])), Ok(()));
        for (x, y) in [
            (180.000001, 0.0),
            (-180.000001, 0.0),
            (0.0, 90.000001),
            (0.0, -90.000001),
        ] {
            let ring = [(0.0, 0.0), (x, y), (1.0, 1.0), (0.0, 0.0)];
            assert_eq!(
                outcome(&polygon(&[&ring])),
                Err("import-error-bad-coordinate")
            );
        }
        // JSON cannot write these, but a shape may come from elsewhere.
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            for (x, y) in [(bad, 0.5), (0.5, bad)] {
                let shape = MultiPolygon(vec![Polygon::new(
                    vec![(0.0, 0.0), (1.0, 0.0), (x, y), (0.0, 0.0)].into(),
                    vec![],
                )]);
                assert_eq!(check_shape(&shape), Err("import-error-bad-coordinate"));
            }
        }
        assert_eq!(
            check_shape(&MultiPolygon(vec![])),
            Err("import-error-feature-geometry")
        );
        assert_eq!(check_shape(&rectangle(0.0, 0.0, 1.0, 1.0)), Ok(()));
    }

    #[test]
    fn shapes_with_too_many_points_are_refused() {
        let ring = regular_polygon(MAX_POINTS_PER_SHAPE, 6.1, 49.6, 0.01, 0.0);
        assert_eq!(ring.len(), MAX_POINTS_PER_SHAPE + 1);
        let shape = MultiPolygon(vec![Polygon::new(ring.into(), vec![])]);
        assert_eq!(check_shape(&shape), Err("import-error-shape-too-large"));
        let ring = regular_polygon(MAX_POINTS_PER_SHAPE - 1, 6.1, 49.6, 0.01, 0.0);
        let shape = MultiPolygon(vec![Polygon::new(ring.into(), vec![])]);
        assert_eq!(check_shape(&shape), Ok(()));
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let text = format!("\u{FEFF}{}", collection("Gare", &polygon(&[SQUARE])));
        assert_eq!(parse_geojson(&text).unwrap()[0].name, "Gare");
        // Only one, and only at the start.
        let twice = format!("\u{FEFF}{text}");
        assert_eq!(
            parse_geojson(&twice).unwrap_err().reason,
            "import-error-geojson"
        );
    }

    #[test]
    fn invisible_characters_in_names_are_refused() {
        for name in [
            "Gare\u{202E}",
            "\u{200B}Gare",
            "Ga\u{00AD}re",
            "Gare\u{E0041}",
        ] {
            let error = parse_geojson(&collection(name, &polygon(&[SQUARE]))).unwrap_err();
            assert_eq!(error.reason, "import-error-name-invisible", "{name:?}");
            assert_eq!(error.detail, "Gare");
        }
        let error =
            parse_geojson(&collection("\u{200B}\u{200B}", &polygon(&[SQUARE]))).unwrap_err();
        assert_eq!(error.reason, "import-error-name-invisible");
    }

    #[test]
    fn echoed_details_are_cut_and_cleaned() {
        let long = "Quartier ".repeat(30);
        let error = parse_geojson(&collection(&long, &polygon(&[SQUARE]))).unwrap_err();
        assert_eq!(error.reason, "import-error-feature-name");
        assert_eq!(
            error.detail.chars().count(),
            crate::validation::MAX_ECHOED_CHARS
        );
        assert!(error.detail.ends_with('…'));
        let error = parse_geojson(&collection("A\u{1B}[31mB", &polygon(&[SQUARE]))).unwrap_err();
        assert_eq!(error.detail, "A[31mB");
        let garbage = format!("{{\"type\": \"{}\u{7}\"}}", "x".repeat(500));
        let error = parse_geojson(&garbage).unwrap_err();
        assert!(error.detail.chars().count() <= crate::validation::MAX_ECHOED_CHARS);
        assert!(!error.detail.chars().any(char::is_control));
        // Names within the limit are echoed whole.
        let bow_tie = [(0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0), (0.0, 0.0)];
        let error =
            parse_geojson(&collection("Gare-Hollerich", &polygon(&[&bow_tie]))).unwrap_err();
        assert_eq!(
            (error.feature, error.detail.as_str()),
            (1, "Gare-Hollerich")
        );
    }

    /// A star of `spikes` thin spikes: simple, but every spike meets the others in
    /// the middle cells of the grid.
    fn star(spikes: usize) -> Vec<(f64, f64)> {
        let mut ring = Vec::new();
        for k in 0..spikes {
            let angle = |t: f64| std::f64::consts::TAU * (k as f64 + t) / spikes as f64;
            ring.push((0.001 * angle(0.0).cos(), 0.001 * angle(0.0).sin()));
            ring.push((angle(0.5).cos(), angle(0.5).sin()));
        }
        ring.push(ring[0]);
        ring
    }

    #[test]
    fn the_self_intersection_check_is_bounded() {
        assert_eq!(outcome(&polygon(&[&star(8)])), Ok(()));
        assert_eq!(
            outcome(&polygon(&[&star(2_000)])),
            Err("import-error-shape-too-complex")
        );
        // A fine square of 40,000 points, with long straight sides that a sweep
        // along one axis would compare pairwise, is checked within the budget.
        let mut fine = Vec::new();
        let steps = 10_000;
        let step = |i: usize| 0.1 * i as f64 / steps as f64;
        let (x, y) = (6.05, 49.55);
        for i in 0..steps {
            fine.push((x + step(i), y));
        }
        for i in 0..steps {
            fine.push((x + 0.1, y + step(i)));
        }
        for i in 0..steps {
            fine.push((x + 0.1 - step(i), y + 0.1));
        }
        for i in 0..steps {
            fine.push((x, y + 0.1 - step(i)));
        }
        fine.push((x, y));
        assert_eq!(outcome(&polygon(&[&fine])), Ok(()));
        // The same with a notch cut into its last side that touches the first one.
        let last = fine.len() - 1 - steps / 2;
        fine[last] = (x + 0.05, y);
        assert_eq!(outcome(&polygon(&[&fine])), Err(SELF_INTERSECTING));
    }

    /// Every pair of segments compared, for checking the grid against.
    fn brute_force_is_simple(ring: &[(f64, f64)]) -> bool {
        let corners = distinct_corners(&LineString::from(ring.to_vec()));
        let segments: Vec<Line<f64>> = corners.windows(2).map(|w| Line::new(w[0], w[1])).collect();
        let n = segments.len();
        (0..n).all(|i| {
            ((i + 2)..n)
                .filter(|&j| !(i == 0 && j == n - 1))
                .all(|j| !segments_meet(&segments[i], &segments[j]))
        })
    }

    fn regular_polygon(n: usize, x: f64, y: f64, radius: f64, turn: f64) -> Vec<(f64, f64)> {
        let mut ring: Vec<(f64, f64)> = (0..n)
            .map(|k| {
                let a = turn + std::f64::consts::TAU * k as f64 / n as f64;
                (x + radius * a.cos(), y + radius * a.sin())
            })
            .collect();
        ring.push(ring[0]);
        ring
    }

    proptest! {
        #[test]
        fn convex_polygons_are_accepted(
            n in 3usize..300, x in -170.0f64..170.0, y in -80.0f64..80.0,
            radius in 1e-6f64..5.0, turn in 0.0f64..6.3,
        ) {
            let ring = regular_polygon(n, x, y, radius, turn);
            prop_assert_eq!(outcome(&polygon(&[&ring])), Ok(()));
        }

        #[test]
        fn swapping_two_neighbouring_corners_makes_a_bow_tie(
            n in 4usize..100, at in 0usize..100, turn in 0.0f64..6.3,
        ) {
            let mut ring = regular_polygon(n, 6.1, 49.6, 0.01, turn);
            ring.pop();
            let at = at % n;
            ring.swap(at, (at + 1) % n);
            ring.push(ring[0]);
            prop_assert_eq!(outcome(&polygon(&[&ring])), Err(SELF_INTERSECTING));
        }

        #[test]
        fn the_grid_finds_what_comparing_every_pair_finds(
            corners in proptest::collection::vec((0u8..6, 0u8..6), 3..14), start in 0usize..14,
        ) {
            let mut ring: Vec<(f64, f64)> = corners.iter().map(|&(x, y)| (x as f64, y as f64)).collect();
            let len = ring.len();
            ring.rotate_left(start % len);
            ring.push(ring[0]);
            let expected = if is_flat(&distinct_corners(&LineString::from(ring.clone()))) {
                Err("import-error-zero-area")
            } else if brute_force_is_simple(&ring) {
                Ok(())
            } else {
                Err(SELF_INTERSECTING)
            };
            prop_assert_eq!(outcome(&polygon(&[&ring])), expected);
        }

        #[test]
        fn where_a_ring_starts_does_not_matter(
            corners in proptest::collection::vec((0u8..5, 0u8..5), 3..10), start in 0usize..10,
        ) {
            let mut ring: Vec<(f64, f64)> = corners.iter().map(|&(x, y)| (x as f64, y as f64)).collect();
            let closed = |r: &[(f64, f64)]| { let mut r = r.to_vec(); r.push(r[0]); r };
            let first = outcome(&polygon(&[&closed(&ring)]));
            let len = ring.len();
            ring.rotate_left(start % len);
            prop_assert_eq!(outcome(&polygon(&[&closed(&ring)])), first);
        }

        #[test]
        fn every_point_of_a_grid_lands_in_exactly_the_expected_cell(x in 0.0f64..3.0, y in 0.0f64..3.0) {
            let mut areas = Vec::new();
            for i in 0..3 {
                for j in 0..3 {
                    let id = (i * 3 + j) as i64;
                    areas.push(PlacementArea::new(id, rectangle(i as f64, j as f64, i as f64 + 1.0, j as f64 + 1.0)));
                }
            }
            let placed = Placer::new(areas).place(x, y).unwrap();
            let (ci, cj) = (placed / 3, placed % 3);
            prop_assert!((ci as f64) <= x && x <= ci as f64 + 1.0);
            prop_assert!((cj as f64) <= y && y <= cj as f64 + 1.0);
        }

        #[test]
        fn adjacency_is_the_distance_between_rectangles(
            rects in proptest::collection::vec((0u8..12, 0u8..12, 1u8..4, 1u8..4), 1..12),
            tolerance in prop_oneof![Just(0.0), Just(25.0), Just(45.0)],
            turn in 0usize..12,
        ) {
            // Corners on a 20 m grid, so that no distance lies within 2 m of a tolerance.
            let boxes: Vec<(f64, f64, f64, f64)> = rects
                .iter()
                .map(|&(x, y, w, h)| {
                    let (x, y) = (x as f64 * 20.0, y as f64 * 20.0);
                    (x, y, x + w as f64 * 20.0, y + h as f64 * 20.0)
                })
                .collect();
            let shapes: Vec<MultiPolygon<f64>> =
                boxes.iter().map(|b| metres(b.0, b.1, b.2, b.3)).collect();
            let mut ids: Vec<(i64, &MultiPolygon<f64>)> =
                shapes.iter().enumerate().map(|(i, s)| (i as i64, s)).collect();
            let mut expected = Vec::new();
            for i in 0..boxes.len() {
                for j in (i + 1)..boxes.len() {
                    if rect_distance(boxes[i], boxes[j]) <= tolerance {
                        expected.push((i as i64, j as i64));
                    }
                }
            }
            prop_assert_eq!(adjacent_pairs(&ids, tolerance), expected.clone());
            // The order shapes come in does not matter.
            let len = ids.len();
            ids.rotate_left(turn % len);
            ids.reverse();
            prop_assert_eq!(adjacent_pairs(&ids, tolerance), expected);
        }

        #[test]
        fn parse_geojson_never_panics(s in "\\PC{0,200}") {
            let _ = parse_geojson(&s);
        }
    }
}
