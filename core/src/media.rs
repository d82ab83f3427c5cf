//! Images placed beside the lessons: found by a path relative to the lesson's folder,
//! measured (so the page reserves their space before they load), and published under a
//! name with a hash of their content (`media/gpu-memory-1a2b3c4d.png`), which changes
//! whenever the file does, so no browser or offline cache keeps an old picture.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::markdown::{Image, Images};

/// The folder of the site the images are published in.
pub const MEDIA_DIR: &str = "media";

/// An image file to copy into the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    /// Where the file is now.
    pub source: PathBuf,
    /// Its published path, relative to the site's base (`media/x-1a2b3c4d.png`).
    pub name: String,
}

/// Every image the course uses, each once, by its file.
#[derive(Default)]
pub struct Library {
    published: BTreeMap<PathBuf, Image>,
}

impl Library {
    /// The images of the lesson in `lesson_file`'s folder.
    pub fn folder_of<'l>(&'l mut self, lesson_file: &str) -> Folder<'l> {
        let dir = Path::new(lesson_file)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        Folder { dir, library: self }
    }

    /// The files to copy, in a stable order.
    pub fn media(&self) -> Vec<Media> {
        self.published
            .iter()
            .map(|(source, image)| Media {
                source: source.clone(),
                name: image.src.clone(),
            })
            .collect()
    }
}

/// One lesson's folder, where its images are looked up.
pub struct Folder<'l> {
    dir: PathBuf,
    library: &'l mut Library,
}

impl Images for Folder<'_> {
    fn image(&mut self, path: &str) -> Result<Image, String> {
        let relative = inside_folder(path)?;
        let file = self.dir.join(relative);
        if let Some(image) = self.library.published.get(&file) {
            return Ok(image.clone());
        }
        let bytes =
            std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let image = measured(relative, &bytes)?;
        self.library.published.insert(file, image.clone());
        Ok(image)
    }
}

/// The path, if it stays inside the lesson's folder (no `..`, not absolute) and names an
/// image kind the site publishes.
fn inside_folder(path: &str) -> Result<&Path, String> {
    let p = Path::new(path);
    let inside = p
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if !inside || path.is_empty() {
        return Err("the path must stay inside the lesson's folder (no .., not absolute)".into());
    }
    let extension = p
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "png" | "jpg" | "jpeg" | "gif" | "webp" => Ok(p),
        "svg" => Err("SVG is not allowed: an SVG file opened on its own runs the script it holds, on the site's own origin; export it as PNG or WebP".into()),
        _ => Err("only PNG, JPEG, GIF and WebP images are allowed (.png, .jpg, .jpeg, .gif, .webp)".into()),
    }
}

/// The image's size, read from its header, and its published name.
fn measured(relative: &Path, bytes: &[u8]) -> Result<Image, String> {
    use imagesize::ImageType;
    let kind = imagesize::image_type(bytes).map_err(|_| not_an_image())?;
    if !matches!(
        kind,
        ImageType::Png | ImageType::Jpeg | ImageType::Gif | ImageType::Webp
    ) {
        return Err(not_an_image());
    }
    let size = imagesize::blob_size(bytes).map_err(|_| not_an_image())?;
    Ok(Image {
        src: published_name(relative, bytes),
        width: size.width,
        height: size.height,
        bytes: bytes.len(),
    })
}

fn not_an_image() -> String {
    "the file is not a PNG, JPEG, GIF or WebP image".into()
}

/// `media/<stem>-<8 hex digits of SHA-256>.<extension>`, the stem reduced to characters
/// that need no escaping in an address.
fn published_name(relative: &Path, bytes: &[u8]) -> String {
    let stem: String = relative
        .file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let extension = relative
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let digest = Sha256::digest(bytes);
    let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    format!("{MEDIA_DIR}/{stem}-{hash}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 3 by 2 PNG header: enough for its kind and size.
    fn png() -> Vec<u8> {
        let mut b = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
        b.extend_from_slice(b"IHDR");
        b.extend_from_slice(&3u32.to_be_bytes());
        b.extend_from_slice(&2u32.to_be_bytes());
        b.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn an_image_is_measured_and_named_by_its_content() {
        let image = measured(Path::new("img/GPU Memory.png"), &png());
        let image = image.expect("a png");
        assert_eq!((image.width, image.height), (3, 2));
        assert!(
            image.src.starts_with("media/gpu-memory-") && image.src.ends_with(".png"),
            "{}",
            image.src
        );
        assert_eq!(image.src.len(), "media/gpu-memory-12345678.png".len());
        let mut other = png();
        other.push(0);
        assert_ne!(
            measured(Path::new("img/GPU Memory.png"), &other).map(|i| i.src),
            Ok(image.src)
        );
    }

    #[test]
    fn paths_leaving_the_folder_svg_and_other_kinds_are_refused() {
        for path in [
            "../x.png",
            "/etc/x.png",
            "a/../../x.png",
            "",
            "x.svg",
            "x.bmp",
            "x",
        ] {
            assert!(inside_folder(path).is_err(), "{path}");
        }
        assert!(inside_folder("./img/x.PNG").is_ok());
        assert!(measured(Path::new("x.png"), b"not an image at all").is_err());
    }
}
