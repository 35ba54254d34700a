//! Posts' photos: re-encoded without their metadata, refused when they are not
//! pictures or too large, served only to those who read the post (404 to everyone
//! else, whatever URL they try), and gone with their post; files no row names are
//! swept away.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, Rgba, RgbaImage};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;

use crate::neighbourhood::{post_path, street};
use crate::support::{csrf_in, Browser, TestApp};

fn encoded(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let picture = RgbaImage::from_pixel(width, height, Rgba([40, 120, 200, 255]));
    let picture = match format {
        ImageFormat::Jpeg => DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(picture).into_rgb8()),
        _ => DynamicImage::ImageRgba8(picture),
    };
    let mut out = Cursor::new(Vec::new());
    picture.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// A PNG carrying a text chunk, where cameras and editors put places and names.
fn png_with_secret() -> Vec<u8> {
    let mut png = encoded(2000, 1000, ImageFormat::Png);
    let text: &[u8] = b"tEXtComment\0secret place 49.61N 6.13E";
    let mut chunk = (text.len() as u32 - 4).to_be_bytes().to_vec();
    chunk.extend_from_slice(text);
    chunk.extend_from_slice(&crc32(text).to_be_bytes());
    let end = png.len() - 12;
    png.splice(end..end, chunk);
    png
}

/// A valid PNG header announcing 30,000 × 30,000 pixels (3.6 GB decoded).
fn pixel_bomb() -> Vec<u8> {
    let mut png = encoded(1, 1, ImageFormat::Png);
    png[16..20].copy_from_slice(&30_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&30_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
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

/// Sends a post form as a browser does when it has a file field.
async fn send(
    who: &Browser,
    form_page: &str,
    action: &str,
    fields: &[(&str, &str)],
    photos: Vec<Vec<u8>>,
) -> reqwest::Response {
    let (_, html) = who.page(form_page).await;
    let mut form = Form::new().text("csrf", csrf_in(&html));
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    for (i, bytes) in photos.into_iter().enumerate() {
        form = form.part(
            "photo",
            Part::bytes(bytes)
                .file_name(format!("IMG_{i}.jpg"))
                .mime_str("image/jpeg")
                .unwrap(),
        );
    }
    who.client
        .post(format!("{}{action}", who.base))
        .header("origin", &who.base)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(shards) = std::fs::read_dir(dir.join("photos")) else {
        return found;
    };
    for shard in shards {
        for file in std::fs::read_dir(shard.unwrap().path()).unwrap() {
            found.push(file.unwrap().file_name().to_string_lossy().to_string());
        }
    }
    found.sort();
    found
}

/// The `src` of every `<img>` on a page, in order.
fn images_in(html: &str) -> Vec<String> {
    html.split("<img ")
        .skip(1)
        .filter_map(|tag| tag.split("src=\"").nth(1))
        .map(|rest| rest.split('"').next().unwrap().to_string())
        .collect()
}

const POST: [(&str, &str); 4] = [
    ("kind", "give"),
    ("title", "Children's bike"),
    ("body", "Blue, 16 inch, for a child of five or six."),
    ("audience", "neighbourhood"),
];

#[tokio::test]
async fn photos_are_reencoded_and_shown_only_to_readers_of_their_post() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let r = send(
        &s.ana,
        "/c/testville/n/west/new",
        "/c/testville/n/west/posts",
        &POST,
        vec![png_with_secret(), encoded(50, 40, ImageFormat::Jpeg)],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let post = post_path(&r);
    assert_eq!(t.count("post_photos").await, 2);
    // Each photo and its thumbnail: four files, all written by the server.
    assert_eq!(files_in(&t.files_dir()).len(), 4);

    // The post shows both thumbnails, linked to the photos; the feed card the first.
    let html = s.cleo.get(&post).await.text().await.unwrap();
    let thumbnails = images_in(&html);
    assert_eq!(thumbnails.len(), 2, "{html}");
    assert!(thumbnails
        .iter()
        .all(|src| src.starts_with("/c/testville/n/west/photos/") && src.ends_with("-thumb.jpg")));
    assert!(
        crate::support::unescape(&html).contains("alt=\"Children's bike, photo 1 of 2\""),
        "{html}"
    );
    let feed = s
        .cleo
        .get("/c/testville/n/west")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        feed.contains(&format!("src=\"{}\"", thumbnails[0])),
        "{feed}"
    );

    // Served as JPEG, bounded, without the text chunk.
    let thumbnail = s.cleo.get(&thumbnails[0]).await;
    assert_eq!(thumbnail.status(), StatusCode::OK);
    assert_eq!(thumbnail.headers()["content-type"], "image/jpeg");
    assert!(thumbnail.headers()["cache-control"]
        .to_str()
        .unwrap()
        .starts_with("private"));
    let bytes = thumbnail.bytes().await.unwrap();
    let small = image::load_from_memory_with_format(&bytes, ImageFormat::Jpeg).unwrap();
    assert_eq!((small.width(), small.height()), (320, 160));
    let full_url = thumbnails[0].replace("-thumb.jpg", ".jpg");
    let full = s.ana.get(&full_url).await.bytes().await.unwrap();
    let large = image::load_from_memory_with_format(&full, ImageFormat::Jpeg).unwrap();
    assert_eq!((large.width(), large.height()), (1600, 800));
    assert!(!full.windows(6).any(|w| w == b"secret"));

    // Ben lives next door: 404 under his neighbourhood's URL and under West's, as for
    // anyone signed out, and for names that are not photos.
    let name = full_url.rsplit('/').next().unwrap();
    let anonymous = t.browser();
    for (who, url) in [
        (&s.ben, format!("/c/testville/n/east/photos/{name}")),
        (&s.ben, full_url.clone()),
        (&anonymous, full_url.clone()),
        (
            &s.cleo,
            "/c/testville/n/west/photos/..%2F..%2Fetc%2Fpasswd".to_string(),
        ),
        (
            &s.cleo,
            "/c/testville/n/west/photos/0000000000000000.jpg".to_string(),
        ),
    ] {
        let r = who.get(&url).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{url}");
        let body = r.bytes().await.unwrap();
        assert!(!body.starts_with(&[0xff, 0xd8]), "{url} served a picture");
    }

    // Ana removes the first photo while editing; its files go with it.
    let edit = format!("{post}/edit");
    let html = s.ana.page(&edit).await.1;
    let first_id = html
        .split("name=\"remove_photo\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let r = send(
        &s.ana,
        &edit,
        &edit,
        &[
            ("title", "Children's bike"),
            ("body", "Blue, 16 inch."),
            ("remove_photo", first_id.as_str()),
        ],
        vec![],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(t.count("post_photos").await, 1);
    assert_eq!(files_in(&t.files_dir()).len(), 2);
    assert_eq!(s.cleo.get(&full_url).await.status(), StatusCode::NOT_FOUND);

    // Deleting the post deletes its photos.
    let r = s
        .ana
        .submit(&format!("{post}/delete"), &format!("{post}/delete"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(t.count("post_photos").await, 0);
    assert!(files_in(&t.files_dir()).is_empty());
}

#[tokio::test]
async fn what_is_not_a_usable_picture_is_refused_and_leaves_nothing_behind() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let mut truncated = encoded(300, 300, ImageFormat::Jpeg);
    truncated.truncate(200);
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
    let cases: Vec<(Vec<Vec<u8>>, &str)> = vec![
        (vec![svg], "not a picture Gemeng can read"),
        (
            vec![b"just some text".to_vec()],
            "not a picture Gemeng can read",
        ),
        (vec![truncated], "damaged or incomplete"),
        (vec![pixel_bomb()], "too large"),
        // A good photo first, then a bad one: the good one is not kept either.
        (
            vec![encoded(20, 20, ImageFormat::Png), pixel_bomb()],
            "too large",
        ),
        (
            (0..5).map(|_| encoded(10, 10, ImageFormat::Png)).collect(),
            "at most 4 photos",
        ),
    ];
    for (photos, message) in cases {
        let r = send(
            &s.ana,
            "/c/testville/n/west/new",
            "/c/testville/n/west/posts",
            &POST,
            photos,
        )
        .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = crate::support::unescape(&r.text().await.unwrap());
        assert!(html.contains(message), "{message}: {html}");
        // The text stays; the photos must be chosen again.
        assert!(html.contains("Children's bike"), "{html}");
        assert!(html.contains("choose them again"), "{html}");
        assert!(html.contains("href=\"#photos\""), "{html}");
    }
    assert_eq!(t.count("posts").await, 0);
    assert_eq!(t.count("post_photos").await, 0);
    assert!(files_in(&t.files_dir()).is_empty());

    // A file over the size limit is refused before it is decoded; the text is kept.
    let big = vec![0u8; 10 * 1024 * 1024 + 1];
    let r = send(
        &s.ana,
        "/c/testville/n/west/new",
        "/c/testville/n/west/posts",
        &POST,
        vec![big],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("10 MB"));
    assert_eq!(t.count("posts").await, 0);
    assert!(files_in(&t.files_dir()).is_empty());
}

#[tokio::test]
async fn files_no_post_names_are_swept_once_they_are_an_hour_old() {
    let t = TestApp::start().await;
    let s = street(&t).await;
    let r = send(
        &s.ana,
        "/c/testville/n/west/new",
        "/c/testville/n/west/posts",
        &POST,
        vec![encoded(30, 30, ImageFormat::Png)],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let dir = t.files_dir();
    // An orphan, as a crash between writing a file and committing its row leaves.
    let shard = dir.join("photos").join("ff");
    std::fs::create_dir_all(&shard).unwrap();
    let orphan = shard.join("ffeeddccbbaa0099.jpg");
    let recent = shard.join("ffeeddccbbaa0098.jpg");
    std::fs::write(&orphan, b"left behind").unwrap();
    std::fs::write(&recent, b"being written").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&orphan)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    // The post's files are old too, but named by a row: they stay.
    for name in files_in(&dir) {
        if !name.starts_with("ffeedd") {
            let path = dir.join("photos").join(&name[..2]).join(&name);
            std::fs::File::options()
                .write(true)
                .open(path)
                .unwrap()
                .set_modified(two_hours_ago)
                .unwrap();
        }
    }
    let config = gemeng::config::Config {
        database_url: t.database_url.clone(),
        files_dir: dir.display().to_string(),
        ..gemeng::config::Config::default()
    };
    let app = gemeng::app::App::new(t.db.clone(), config);
    assert_eq!(gemeng::neighbourhood::photos::sweep(&app).await.unwrap(), 1);
    assert!(!orphan.exists());
    assert!(
        recent.exists(),
        "a file younger than an hour may be a post being written"
    );
    assert_eq!(files_in(&dir).len(), 3);
}
