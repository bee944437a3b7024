//! TMX 1.4b (Translation Memory eXchange): streaming reader and writer.

pub mod reader;
pub mod writer;

pub use reader::{TmxReader, read_all};
pub use writer::TmxWriter;
