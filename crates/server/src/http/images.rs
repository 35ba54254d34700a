//! Uploaded images (a commune's coat of arms, posts' photos): decoded, turned upright,
//! shrunk to a bounded size and encoded again, so that what is stored and served is
//! an image the server wrote itself — never the uploaded bytes, their metadata
//! (location, camera) or anything that only claims to be an image.
//!
//! Decoding is bounded three ways: the upload's size (the route's body limit), the
//! picture's dimensions and memory (`image::Limits`, checked from the header before
//! pixels are allocated), and how many decode at once (a semaphore), so that a burst
//! of large uploads waits or is refused instead of exhausting memory or the CPU.

use std::io::Cursor;
use std::sync::LazyLock;
use std::time::Duration;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use tokio::sync::Semaphore;

/// The widest or tallest picture accepted (a 24-megapixel camera is 6,000 wide).
pub const MAX_SIDE: u32 = 8_000;
/// Memory one decode may use: a 6,000 × 4,000 RGBA picture is 96 MB.
const MAX_ALLOC: u64 = 160 * 1024 * 1024;
/// Decodes at once; the machine's cores are better spent on pages than on a queue
/// of pictures.
static DECODING: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(2));
/// How long an upload waits for its turn before it is refused as "busy".
const WAIT: Duration = Duration::from_secs(20);

/// An image read again and written as PNG, at most `max_side` pixels a side (its
/// proportions kept), or the message id of what is wrong with the upload.
pub async fn reencode_png(bytes: Vec<u8>, max_side: u32) -> Result<Vec<u8>, &'static str> {
    let _turn = tokio::time::timeout(WAIT, DECODING.acquire())
        .await
        .map_err(|_| "image-error-busy")?
        .map_err(|_| "image-error-busy")?;
    tokio::task::spawn_blocking(move || reencode_now(&bytes, max_side))
        .await
        .map_err(|_| "image-error-unreadable")?
}

fn reencode_now(bytes: &[u8], max_side: u32) -> Result<Vec<u8>, &'static str> {
    let picture = shrunk(decode_upright(bytes)?, max_side);
    let picture = DynamicImage::ImageRgba8(picture.into_rgba8());
    let mut png = Vec::new();
    picture
        .write_with_encoder(PngEncoder::new_with_quality(
            &mut png,
            CompressionType::Best,
            FilterType::Adaptive,
        ))
        .map_err(|_| "image-error-unreadable")?;
    Ok(png)
}

/// A photo as stored: JPEG at most [`PHOTO_SIDE`] pixels a side, and its thumbnail.
#[derive(Debug, Clone)]
pub struct Photo {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub thumbnail: Vec<u8>,
}

/// The longest side of a stored photo: sharp on a phone, a few hundred KB.
pub const PHOTO_SIDE: u32 = 1600;
/// The longest side of a thumbnail: a feed card shows it at up to 160 CSS px, so
/// twice that for high-density screens.
pub const THUMBNAIL_SIDE: u32 = 320;

/// A photo read again and written as JPEG with its thumbnail, or the message id of
/// what is wrong with the upload. Transparent parts become white.
pub async fn reencode_photo(bytes: Vec<u8>) -> Result<Photo, &'static str> {
    let _turn = tokio::time::timeout(WAIT, DECODING.acquire())
        .await
        .map_err(|_| "image-error-busy")?
        .map_err(|_| "image-error-busy")?;
    tokio::task::spawn_blocking(move || {
        let picture = flattened(decode_upright(&bytes)?);
        let full = shrunk(picture, PHOTO_SIDE);
        let thumbnail = shrunk(full.clone(), THUMBNAIL_SIDE);
        Ok(Photo {
            width: full.width(),
            height: full.height(),
            jpeg: jpeg(&full, 80)?,
            thumbnail: jpeg(&thumbnail, 72)?,
        })
    })
    .await
    .map_err(|_| "image-error-unreadable")?
}

/// Decodes a PNG or JPEG within the limits and turns it upright (the camera's
/// orientation tag is applied, then dropped with the rest of the metadata).
fn decode_upright(bytes: &[u8]) -> Result<DynamicImage, &'static str> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| "image-error-unreadable")?;
    // The content decides, never a name or a declared type: only PNG and JPEG.
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg) => {}
        _ => return Err("image-error-not-image"),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    Ok(picture)
}

fn shrunk(picture: DynamicImage, max_side: u32) -> DynamicImage {
    if picture.width() > max_side || picture.height() > max_side {
        picture.thumbnail(max_side, max_side)
    } else {
        picture
    }
}

/// The picture on a white background, without an alpha channel (JPEG has none).
fn flattened(picture: DynamicImage) -> DynamicImage {
    if !picture.color().has_alpha() {
        return DynamicImage::ImageRgb8(picture.into_rgb8());
    }
    let rgba = picture.into_rgba8();
    let rgb = image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over_white =
            |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([over_white(r), over_white(g), over_white(b)])
    });
    DynamicImage::ImageRgb8(rgb)
}

fn jpeg(picture: &DynamicImage, quality: u8) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::new();
    picture
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))
        .map_err(|_| "image-error-unreadable")?;
    Ok(out)
}

fn decode_error(error: image::ImageError) -> &'static str {
    match error {
        image::ImageError::Limits(_) => "image-error-too-large",
        _ => "image-error-unreadable",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgba, RgbaImage};

    fn encoded(picture: RgbaImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let picture = if format == ImageFormat::Jpeg {
            DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(picture).into_rgb8())
        } else {
            DynamicImage::ImageRgba8(picture)
        };
        picture.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    fn decoded(png: &[u8]) -> DynamicImage {
        image::load_from_memory_with_format(png, ImageFormat::Png).unwrap()
    }

    #[tokio::test]
    async fn a_large_picture_is_shrunk_keeping_its_proportions() {
        let picture = RgbaImage::from_pixel(600, 300, Rgba([200, 20, 40, 255]));
        for format in [ImageFormat::Png, ImageFormat::Jpeg] {
            let png = reencode_png(encoded(picture.clone(), format), 192)
                .await
                .unwrap();
            let back = decoded(&png);
            assert_eq!((back.width(), back.height()), (192, 96), "{format:?}");
        }
    }

    #[tokio::test]
    async fn a_small_picture_keeps_its_size_and_transparency() {
        let mut picture = RgbaImage::from_pixel(40, 50, Rgba([0, 0, 0, 0]));
        picture.put_pixel(3, 4, Rgba([10, 20, 30, 255]));
        let png = reencode_png(encoded(picture, ImageFormat::Png), 192)
            .await
            .unwrap();
        let back = decoded(&png).into_rgba8();
        assert_eq!(back.dimensions(), (40, 50));
        assert_eq!(back.get_pixel(0, 0)[3], 0);
        assert_eq!(*back.get_pixel(3, 4), Rgba([10, 20, 30, 255]));
    }

    #[tokio::test]
    async fn what_is_not_a_png_or_jpeg_is_refused() {
        let svg =
            b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
        assert_eq!(reencode_png(svg, 192).await, Err("image-error-not-image"));
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec();
        assert_eq!(reencode_png(gif, 192).await, Err("image-error-not-image"));
        assert_eq!(
            reencode_png(vec![], 192).await,
            Err("image-error-not-image")
        );
        // A PNG signature followed by garbage is refused, not a panic.
        let mut broken = encoded(RgbaImage::new(8, 8), ImageFormat::Png);
        broken.truncate(30);
        assert_eq!(
            reencode_png(broken, 192).await,
            Err("image-error-unreadable")
        );
    }

    #[tokio::test]
    async fn a_picture_claiming_huge_dimensions_is_refused_before_decoding() {
        // A valid header announcing 20,000 × 20,000 pixels (1.6 GB decoded): the
        // limits refuse it from the header, without allocating the pixels.
        let mut png = encoded(RgbaImage::new(1, 1), ImageFormat::Png);
        png[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&20_000u32.to_be_bytes());
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(reencode_png(png, 192).await, Err("image-error-too-large"));
    }

    #[tokio::test]
    async fn metadata_is_not_kept() {
        // A PNG carrying a text chunk (where cameras and editors put metadata).
        let mut png = encoded(
            RgbaImage::from_pixel(4, 4, Rgba([1, 2, 3, 255])),
            ImageFormat::Png,
        );
        let text: &[u8] = b"tEXtComment\0secret place 49.6N 6.1E";
        let mut chunk = (text.len() as u32 - 4).to_be_bytes().to_vec();
        chunk.extend_from_slice(text);
        chunk.extend_from_slice(&crc32(text).to_be_bytes());
        let end = png.len() - 12; // before IEND
        png.splice(end..end, chunk);
        assert!(decoded(&png).width() == 4, "the test image must stay valid");
        let clean = reencode_png(png, 192).await.unwrap();
        assert!(!clean.windows(6).any(|w| w == b"secret"));
    }

    #[tokio::test]
    async fn a_photo_becomes_a_bounded_jpeg_and_a_thumbnail_without_metadata() {
        let picture = RgbaImage::from_pixel(2400, 1200, Rgba([30, 120, 200, 255]));
        let photo = reencode_photo(encoded(picture, ImageFormat::Png))
            .await
            .unwrap();
        assert_eq!((photo.width, photo.height), (PHOTO_SIDE, PHOTO_SIDE / 2));
        let full = image::load_from_memory_with_format(&photo.jpeg, ImageFormat::Jpeg).unwrap();
        assert_eq!((full.width(), full.height()), (PHOTO_SIDE, PHOTO_SIDE / 2));
        let thumb =
            image::load_from_memory_with_format(&photo.thumbnail, ImageFormat::Jpeg).unwrap();
        assert_eq!(
            (thumb.width(), thumb.height()),
            (THUMBNAIL_SIDE, THUMBNAIL_SIDE / 2)
        );
        // JPEG, written by the server: no EXIF block (where cameras put the place).
        assert_eq!(&photo.jpeg[..2], &[0xff, 0xd8]);
        assert!(!photo.jpeg.windows(4).any(|w| w == b"Exif"));
    }

    #[tokio::test]
    async fn a_transparent_photo_is_laid_on_white() {
        let picture = RgbaImage::from_pixel(10, 10, Rgba([0, 0, 0, 0]));
        let photo = reencode_photo(encoded(picture, ImageFormat::Png))
            .await
            .unwrap();
        let back = image::load_from_memory_with_format(&photo.jpeg, ImageFormat::Jpeg)
            .unwrap()
            .into_rgb8();
        assert!(back.get_pixel(5, 5).0.iter().all(|&c| c > 240));
        let bomb = b"GIF89a".to_vec();
        assert_eq!(
            reencode_photo(bomb).await.unwrap_err(),
            "image-error-not-image"
        );
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
