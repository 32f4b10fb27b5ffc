//! The writers on in-memory view models (no binary, no files): the feeds
//! (atom, rss, json_feed) parsed back with feed-rs and roxmltree, `<head>`
//! metadata and JSON-LD (head), sitemaps and robots.txt (sitemap). The
//! fictitious practice and pages are support::views.

mod atom;
mod head;
mod json_feed;
mod rss;
mod sitemap;
