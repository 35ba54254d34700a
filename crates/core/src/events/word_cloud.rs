//! The word cloud of participating organisations, sized by their participants
//! (`PRODUCT.md` C9). The server draws it as SVG; here is where each word goes, so the
//! layout is tested and the same on every instance: integer pixels, no randomness.
//!
//! Words are placed largest first, each at the free spot nearest the centre: candidate
//! centres lie on a grid, tried in order of distance from the middle of the box
//! (stretched to the box's shape, so the cloud fills a wide box as an ellipse), which
//! is a discrete spiral. A word that finds no spot is reported as left out, never
//! dropped silently.

use serde::{Deserialize, Serialize};

/// The smallest and largest font sizes, in pixels: 12 is the smallest readable on a
/// phone; 64 keeps the largest name within a typical 800-pixel-wide cloud.
pub const FONT_MIN: u32 = 12;
pub const FONT_MAX: u32 = 64;
/// A word's estimated width per character, in thousandths of its font size. Sans-serif
/// fonts average about half an em per character; 0.6 errs wide, so that words drawn
/// in any font keep out of each other's boxes.
pub const CHAR_WIDTH_PER_MILLE: u64 = 600;
/// A word's box height, in thousandths of its font size: a usual line height, room for
/// accents and descenders.
pub const LINE_HEIGHT_PER_MILLE: u64 = 1_200;
/// Pixels kept free between two words, so that they read as two.
pub const GAP: i64 = 2;
/// The most words in a cloud: past that the smallest are unreadable anyway.
pub const WORDS_MAX: usize = 150;
/// The widest and tallest cloud, in pixels.
pub const SIDE_MAX: u32 = 4_000;
/// About the most spots tried per word: the grid's step grows with the box so that the
/// layout's time stays bounded (words × spots × words placed).
pub const SPOTS_MAX: u64 = 10_000;

/// An organisation and how many people came through it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CloudEntry {
    pub name: String,
    pub participants: u32,
}

/// A word placed in the cloud: its box's top-left corner and size, in pixels.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlacedWord {
    /// Trimmed.
    pub name: String,
    pub participants: u32,
    pub font_size: u32,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// Why a word is not in the cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeftOutReason {
    /// Its name has nothing visible.
    Blank,
    /// Beyond the [`WORDS_MAX`] largest.
    TooMany,
    /// No free spot was large enough.
    DoesNotFit,
}

/// A word not in the cloud: the page lists it under the picture.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LeftOut {
    pub name: String,
    pub participants: u32,
    pub reason: LeftOutReason,
}

/// A laid-out cloud.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WordCloud {
    /// The box's size, after bounding by [`SIDE_MAX`].
    pub width: u32,
    pub height: u32,
    /// Largest first (then by name).
    pub words: Vec<PlacedWord>,
    /// The blank ones first, in the order given; then the others, largest first.
    pub left_out: Vec<LeftOut>,
}

/// The font size of an organisation with `participants`, when the cloud's fewest and
/// most are `fewest` and `most`: from [`FONT_MIN`] to [`FONT_MAX`], in proportion to the
/// square root of the participants, so that a word's area (not its height) grows with
/// them. Never smaller for more participants. When all have the same, [`FONT_MAX`].
pub fn font_size(participants: u32, fewest: u32, most: u32) -> u32 {
    if most <= fewest {
        return FONT_MAX;
    }
    let p = participants.clamp(fewest, most);
    let (low, high) = (f64::from(fewest).sqrt(), f64::from(most).sqrt());
    let share = (f64::from(p).sqrt() - low) / (high - low);
    let size = f64::from(FONT_MIN) + share * f64::from(FONT_MAX - FONT_MIN);
    // `share` is within 0..=1, so the size is within the bounds; clamped all the same.
    (size.round() as u32).clamp(FONT_MIN, FONT_MAX)
}

/// The estimated box of `name` at `font_size`: [`CHAR_WIDTH_PER_MILLE`] of the font
/// size per character, [`LINE_HEIGHT_PER_MILLE`] of it high, rounded up.
pub fn text_box(name: &str, font_size: u32) -> (u64, u64) {
    let chars = name.chars().count() as u64;
    let font = u64::from(font_size);
    let width = chars
        .saturating_mul(font)
        .saturating_mul(CHAR_WIDTH_PER_MILLE)
        .div_ceil(1_000);
    let height = (font * LINE_HEIGHT_PER_MILLE).div_ceil(1_000);
    (width, height)
}

/// Lays out `entries` in a box of `width` × `height` pixels (each at most
/// [`SIDE_MAX`]): every word inside the box, no two boxes closer than [`GAP`], sizes
/// by [`font_size`], the largest words nearest the centre. The same entries (in any
/// order) always give the same cloud.
pub fn lay_out_word_cloud(entries: &[CloudEntry], width: u32, height: u32) -> WordCloud {
    let (width, height) = (width.min(SIDE_MAX), height.min(SIDE_MAX));
    let mut cloud = WordCloud {
        width,
        height,
        ..WordCloud::default()
    };
    let mut words: Vec<(String, u32)> = Vec::with_capacity(entries.len());
    for entry in entries {
        let name = entry.name.trim().to_string();
        if crate::validation::has_visible_character(&name) {
            words.push((name, entry.participants));
        } else {
            cloud.left_out.push(LeftOut {
                name,
                participants: entry.participants,
                reason: LeftOutReason::Blank,
            });
        }
    }
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let kept = words.len().min(WORDS_MAX);
    for (name, participants) in words.split_off(kept) {
        cloud.left_out.push(LeftOut {
            name,
            participants,
            reason: LeftOutReason::TooMany,
        });
    }
    let most = words.first().map_or(0, |w| w.1);
    let fewest = words.last().map_or(0, |w| w.1);
    let spots = spots(width, height);
    for (name, participants) in words {
        let size = font_size(participants, fewest, most);
        let (w, h) = text_box(&name, size);
        match place(&spots, &cloud.words, w, h, width, height) {
            Some((x, y)) => cloud.words.push(PlacedWord {
                name,
                participants,
                font_size: size,
                x,
                y,
                width: w as u32,
                height: h as u32,
            }),
            None => cloud.left_out.push(LeftOut {
                name,
                participants,
                reason: LeftOutReason::DoesNotFit,
            }),
        }
    }
    cloud
}

/// Candidate centres for a word, nearest the box's centre first: grid points at a step
/// chosen so there are about [`SPOTS_MAX`] of them, ordered by distance from the centre
/// measured relative to the box's width and height (an ellipse), then top to bottom,
/// left to right.
fn spots(width: u32, height: u32) -> Vec<(i64, i64)> {
    let (w, h) = (i64::from(width), i64::from(height));
    let area = u64::from(width) * u64::from(height);
    // The smallest step with about SPOTS_MAX spots: ⌈√(area / SPOTS_MAX)⌉, at least 1.
    let mut step: i64 = 1;
    while (step as u64) * (step as u64) * SPOTS_MAX < area {
        step += 1;
    }
    let (cx, cy) = (w / 2, h / 2);
    let mut spots = Vec::new();
    let mut y = cy % step;
    while y <= h {
        let mut x = cx % step;
        while x <= w {
            spots.push((x, y));
            x += step;
        }
        y += step;
    }
    let distance = |&(x, y): &(i64, i64)| {
        let (dx, dy) = (i128::from(x - cx), i128::from(y - cy));
        // (dx / w)² + (dy / h)², scaled by (w h)² to stay in integers.
        dx * dx * i128::from(h.max(1)).pow(2) + dy * dy * i128::from(w.max(1)).pow(2)
    };
    spots.sort_by_key(|s| (distance(s), s.1, s.0));
    spots
}

/// The top-left corner of the first spot where a `w` × `h` box is inside the cloud and
/// at least [`GAP`] away from every placed word.
fn place(
    spots: &[(i64, i64)],
    placed: &[PlacedWord],
    w: u64,
    h: u64,
    width: u32,
    height: u32,
) -> Option<(u32, u32)> {
    // A box too large for an i64 is far too large for the cloud.
    let (Ok(w), Ok(h)) = (i64::try_from(w), i64::try_from(h)) else {
        return None;
    };
    spots
        .iter()
        .map(|&(cx, cy)| (cx - w / 2, cy - h / 2))
        .filter(|&(x, y)| {
            x >= 0 && y >= 0 && x + w <= i64::from(width) && y + h <= i64::from(height)
        })
        .find(|&(x, y)| {
            placed.iter().all(|p| {
                let (px, py) = (i64::from(p.x), i64::from(p.y));
                let (pw, ph) = (i64::from(p.width), i64::from(p.height));
                x >= px + pw + GAP || px >= x + w + GAP || y >= py + ph + GAP || py >= y + h + GAP
            })
        })
        .map(|(x, y)| (x as u32, y as u32))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entry(name: &str, participants: u32) -> CloudEntry {
        CloudEntry {
            name: name.into(),
            participants,
        }
    }

    fn apart(a: &PlacedWord, b: &PlacedWord) -> bool {
        let (ax, ay, aw, ah) = (a.x as i64, a.y as i64, a.width as i64, a.height as i64);
        let (bx, by, bw, bh) = (b.x as i64, b.y as i64, b.width as i64, b.height as i64);
        ax >= bx + bw + GAP || bx >= ax + aw + GAP || ay >= by + bh + GAP || by >= ay + ah + GAP
    }

    #[test]
    fn font_sizes_grow_with_the_square_root() {
        assert_eq!(font_size(1, 1, 100), FONT_MIN);
        assert_eq!(font_size(100, 1, 100), FONT_MAX);
        // √25 is 4 of the 9 steps from √1 to √100: 12 + 52 × 4/9 = 35.1.
        assert_eq!(font_size(25, 1, 100), 35);
        assert_eq!(font_size(0, 1, 100), FONT_MIN, "below the fewest");
        assert_eq!(font_size(500, 1, 100), FONT_MAX, "above the most");
        assert_eq!(font_size(7, 7, 7), FONT_MAX);
        assert_eq!(font_size(0, 0, u32::MAX), FONT_MIN);
        assert_eq!(font_size(u32::MAX, 0, u32::MAX), FONT_MAX);
    }

    #[test]
    fn boxes_are_estimated_from_the_characters() {
        assert_eq!(text_box("ASTI", 10), (24, 12));
        assert_eq!(text_box("CAI", 13), (24, 16), "23.4 and 15.6 rounded up");
        assert_eq!(text_box("Élan", 20), (48, 24), "characters, not bytes");
        assert_eq!(text_box("", 20), (0, 24));
    }

    #[test]
    fn the_largest_word_sits_in_the_middle() {
        let cloud = lay_out_word_cloud(&[entry("Ministère", 300), entry("ASTI", 40)], 800, 400);
        assert!(cloud.left_out.is_empty());
        let first = &cloud.words[0];
        assert_eq!(first.name, "Ministère");
        assert_eq!(first.font_size, FONT_MAX);
        assert_eq!(
            (first.x + first.width / 2, first.y + first.height / 2),
            (400, 200),
            "{first:?}"
        );
        assert_eq!(cloud.words[1].font_size, FONT_MIN);
        assert!(apart(&cloud.words[0], &cloud.words[1]));
    }

    #[test]
    fn what_does_not_fit_is_reported() {
        let cloud = lay_out_word_cloud(
            &[
                entry("A very long organisation name", 10),
                entry("  ", 3),
                entry("B", 1),
            ],
            100,
            100,
        );
        assert_eq!(cloud.words.len(), 1);
        assert_eq!(cloud.words[0].name, "B");
        assert_eq!(
            cloud.left_out,
            vec![
                LeftOut {
                    name: String::new(),
                    participants: 3,
                    reason: LeftOutReason::Blank
                },
                LeftOut {
                    name: "A very long organisation name".into(),
                    participants: 10,
                    reason: LeftOutReason::DoesNotFit
                },
            ]
        );
        let empty = lay_out_word_cloud(&[entry("X", 1)], 0, 0);
        assert_eq!(empty.left_out[0].reason, LeftOutReason::DoesNotFit);
    }

    #[test]
    fn a_word_exactly_as_large_as_the_box_fits() {
        let (w, h) = text_box("ASTI", FONT_MAX);
        let cloud = lay_out_word_cloud(&[entry("ASTI", 5)], w as u32, h as u32);
        assert_eq!(cloud.words.len(), 1, "{cloud:?}");
        assert_eq!((cloud.words[0].x, cloud.words[0].y), (0, 0));
        let cloud = lay_out_word_cloud(&[entry("ASTI", 5)], w as u32 - 1, h as u32);
        assert!(cloud.words.is_empty());
        let cloud = lay_out_word_cloud(&[entry("ASTI", 5)], w as u32, h as u32 - 1);
        assert!(cloud.words.is_empty());
    }

    #[test]
    fn the_box_and_the_words_are_bounded() {
        let cloud = lay_out_word_cloud(&[], u32::MAX, u32::MAX);
        assert_eq!((cloud.width, cloud.height), (SIDE_MAX, SIDE_MAX));
        let many: Vec<CloudEntry> = (0..WORDS_MAX + 2)
            .map(|i| entry(&format!("{i:03}"), 1))
            .collect();
        let cloud = lay_out_word_cloud(&many, 2_000, 2_000);
        assert_eq!(cloud.words.len(), WORDS_MAX);
        assert_eq!(cloud.left_out.len(), 2);
        assert!(cloud
            .left_out
            .iter()
            .all(|l| l.reason == LeftOutReason::TooMany));
        assert_eq!(cloud.left_out[0].name, format!("{:03}", WORDS_MAX));
    }

    #[test]
    fn spots_are_about_spots_max_and_start_at_the_centre() {
        for (w, h) in [(800u32, 600u32), (100, 100), (4_000, 4_000), (1, 1), (0, 0)] {
            let spots = spots(w, h);
            assert!(spots.len() as u64 <= SPOTS_MAX + 2 * u64::from(w.max(h)) + 1);
            assert_eq!(spots[0], (i64::from(w) / 2, i64::from(h) / 2));
        }
        assert_eq!(spots(100, 100).len(), 101 * 101);
        assert_eq!(spots(100, 101).len(), 51 * 51, "step 2 past 10,000 spots");
        assert_eq!(spots(200, 200).len(), 101 * 101, "step 2");
        // Wide box: a spot 100 to the side is nearer than one 100 below.
        let spots = spots(400, 100);
        let side = spots.iter().position(|&s| s == (300, 50)).unwrap();
        let below = spots.iter().position(|&s| s == (200, 100)).unwrap();
        assert!(side < below);
    }

    #[test]
    fn a_word_may_sit_exactly_the_gap_away_on_each_side() {
        // A placed 10 × 10 word at (10, 10); a 4 × 4 box is tried at one spot only
        // (its centre is the spot), exactly GAP away on each side, then one pixel
        // nearer.
        let placed = [PlacedWord {
            name: "ASTI".into(),
            participants: 1,
            font_size: FONT_MIN,
            x: 10,
            y: 10,
            width: 10,
            height: 10,
        }];
        let at = |x: i64, y: i64| place(&[(x + 2, y + 2)], &placed, 4, 4, 100, 100);
        let far = 10 + 10 + GAP;
        let near = 10 - 4 - GAP;
        for (x, y) in [(far, 10), (near, 10), (10, far), (10, near)] {
            assert_eq!(at(x, y), Some((x as u32, y as u32)), "({x}, {y})");
        }
        for (x, y) in [(far - 1, 10), (near + 1, 10), (10, far - 1), (10, near + 1)] {
            assert_eq!(at(x, y), None, "({x}, {y})");
        }
        // Diagonally, one axis apart is enough.
        assert_eq!(at(far, far), Some((far as u32, far as u32)));
        assert_eq!(at(far - 1, far - 1), None);
    }

    #[test]
    fn the_spiral_is_an_ellipse_stretched_to_the_box() {
        // In a 400 × 100 box (step 2, centre (200, 50)), 100 pixels to the side is a
        // quarter of the width: as far as 25 pixels below, a quarter of the height.
        let spots = spots(400, 100);
        let position = |s: (i64, i64)| spots.iter().position(|&t| t == s).unwrap();
        assert!(position((200, 74)) < position((300, 50)));
        assert!(position((300, 50)) < position((200, 76)));
        assert!(position((200, 26)) < position((100, 50)));
        assert!(position((100, 50)) < position((200, 24)));
        // Equally far: top to bottom, then left to right.
        assert!(position((100, 50)) < position((300, 50)));
        assert!(position((200, 48)) < position((200, 52)));
        assert!(position((198, 50)) < position((202, 50)));
    }

    fn any_entries() -> impl Strategy<Value = Vec<CloudEntry>> {
        proptest::collection::vec(("[A-Za-zé ]{0,12}", 0u32..1_000), 0..25).prop_map(|v| {
            v.into_iter()
                .map(|(name, participants)| CloudEntry { name, participants })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn words_are_inside_apart_and_sized_by_participants(
            entries in any_entries(), width in 0u32..500, height in 0u32..300,
        ) {
            let cloud = lay_out_word_cloud(&entries, width, height);
            for (i, a) in cloud.words.iter().enumerate() {
                prop_assert!(a.x + a.width <= width && a.y + a.height <= height);
                prop_assert_eq!(text_box(&a.name, a.font_size), (a.width as u64, a.height as u64));
                for b in &cloud.words[i + 1..] {
                    prop_assert!(apart(a, b), "{:?} {:?}", a, b);
                    // Largest first, and never smaller for more participants.
                    prop_assert!(a.participants >= b.participants);
                    prop_assert!(a.font_size >= b.font_size);
                    if a.participants == b.participants {
                        prop_assert_eq!(a.font_size, b.font_size);
                    }
                }
            }
            // Nothing is lost: each entry is placed or left out.
            prop_assert_eq!(cloud.words.len() + cloud.left_out.len(), entries.len());
            // The same entries in another order give the same cloud.
            let mut reversed = entries.clone();
            reversed.reverse();
            let again = lay_out_word_cloud(&reversed, width, height);
            prop_assert_eq!(&again.words, &cloud.words);
        }
    }
}
