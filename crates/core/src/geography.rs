//! Neighbourhood polygons: reading them from GeoJSON, finding overlaps, and placing
//! an address in the neighbourhood that contains it. Done in Rust with `geo` so that
//! SQLite and PostgreSQL place every address the same way.

use geo::{BoundingRect, Contains, Intersects, MultiPolygon, Point, Polygon, Rect, Relate};
use serde::Serialize;

/// A neighbourhood's area: one or more polygons in WGS84 longitude/latitude.
pub type Shape = MultiPolygon<f64>;

/// A neighbourhood's name and shape as read from a GeoJSON feature.
#[derive(Debug, Clone, PartialEq)]
pub struct NeighbourhoodShape {
    pub name: String,
    pub shape: MultiPolygon<f64>,
}

/// Why a GeoJSON file was refused. `reason` is a Fluent key; `feature` counts from 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShapeError {
    pub feature: usize,
    pub reason: &'static str,
    pub detail: String,
}

pub const MAX_NEIGHBOURHOODS: usize = 2_000;
pub const MAX_POINTS_PER_SHAPE: usize = 200_000;

impl ShapeError {
    fn new(feature: usize, reason: &'static str, detail: impl Into<String>) -> Self {
        Self {
            feature,
            reason,
            detail: detail.into(),
        }
    }
}

/// Reads a FeatureCollection of Polygon or MultiPolygon features, each with a
/// `name` property, in WGS84 longitude/latitude.
pub fn parse_geojson(input: &str) -> Result<Vec<NeighbourhoodShape>, ShapeError> {
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
        // Neighbourhoods are stored and reached by slug, so two names with one slug
        // ("Gare", "Garé") are the same neighbourhood, and a name needs letters or digits.
        let slug = crate::slug::slugify(&name);
        if !crate::slug::is_valid_slug(&slug) {
            return Err(ShapeError::new(number, "import-error-feature-name", name));
        }
        if shapes.iter().any(|s| crate::slug::slugify(&s.name) == slug) {
            return Err(ShapeError::new(number, "import-error-duplicate-name", name));
        }
        let geometry = feature.geometry.ok_or_else(|| {
            ShapeError::new(number, "import-error-feature-geometry", name.clone())
        })?;
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
        check_shape(&shape).map_err(|reason| ShapeError::new(number, reason, name.clone()))?;
        shapes.push(NeighbourhoodShape { name, shape });
    }
    Ok(shapes)
}

fn check_shape(shape: &MultiPolygon<f64>) -> Result<(), &'static str> {
    let mut points = 0usize;
    for polygon in &shape.0 {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            // geo closes rings itself; a ring needs three distinct corners.
            if ring.0.len() < 4 {
                return Err("import-error-ring-too-short");
            }
            points += ring.0.len();
            if ring.0.iter().any(|c| {
                !c.x.is_finite() || !c.y.is_finite() || c.x.abs() > 180.0 || c.y.abs() > 90.0
            }) {
                return Err("import-error-bad-coordinate");
            }
        }
    }
    if shape.0.is_empty() {
        return Err("import-error-feature-geometry");
    }
    if points > MAX_POINTS_PER_SHAPE {
        return Err("import-error-shape-too-large");
    }
    Ok(())
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

    proptest! {
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
        fn parse_geojson_never_panics(s in "\\PC{0,200}") {
            let _ = parse_geojson(&s);
        }
    }
}
