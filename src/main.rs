//! Mounts Lectern into the page; everything else lives in the library.

fn main() {
    lectern::start();
}
