//! A small JSON tree for the JSON-LD of every page: static keys, borrowed
//! strings, written straight into the page with script-safe escaping.
//!
//! It was a `serde_json::Value`: every key and string copied into its own
//! allocation, each object a B-tree, the whole tree freed again after
//! printing; about 6 % of a build. Objects here are written with their keys
//! in byte order, as `serde_json::Map` (a B-tree) orders them, so the bytes
//! are the same; [`J::to_value`] gives the `Value` for tests and callers
//! that want one.

use std::borrow::Cow;

/// A JSON value whose object keys are static and strings may be borrowed.
#[derive(Debug, Clone, PartialEq)]
pub enum J<'a> {
    Null,
    Str(Cow<'a, str>),
    Num(serde_json::Number),
    Bool(bool),
    Arr(Vec<J<'a>>),
    Obj(Obj<'a>),
}

/// A JSON object: keys kept in insertion order, written sorted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Obj<'a>(Vec<(&'static str, J<'a>)>);

impl<'a> Obj<'a> {
    pub fn new() -> Obj<'a> {
        Obj(Vec::with_capacity(12))
    }

    /// Sets `k` to `v`, replacing an earlier value of `k` (as a map does).
    pub fn insert(&mut self, k: &'static str, v: impl Into<J<'a>>) {
        let v = v.into();
        match self.0.iter_mut().find(|(key, _)| *key == k) {
            Some(slot) => slot.1 = v,
            None => self.0.push((k, v)),
        }
    }

    pub fn remove(&mut self, k: &str) {
        self.0.retain(|(key, _)| *key != k);
    }
}

impl<'a> From<&'a str> for J<'a> {
    fn from(s: &'a str) -> J<'a> {
        J::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for J<'a> {
    fn from(s: &'a String) -> J<'a> {
        J::Str(Cow::Borrowed(s))
    }
}

impl From<String> for J<'_> {
    fn from(s: String) -> Self {
        J::Str(Cow::Owned(s))
    }
}

impl From<bool> for J<'_> {
    fn from(b: bool) -> Self {
        J::Bool(b)
    }
}

impl From<u32> for J<'_> {
    fn from(n: u32) -> Self {
        J::Num(n.into())
    }
}

impl From<usize> for J<'_> {
    fn from(n: usize) -> Self {
        J::Num(n.into())
    }
}

impl<'a> From<Obj<'a>> for J<'a> {
    fn from(o: Obj<'a>) -> J<'a> {
        J::Obj(o)
    }
}

impl<'a> From<Vec<J<'a>>> for J<'a> {
    fn from(a: Vec<J<'a>>) -> J<'a> {
        J::Arr(a)
    }
}

impl J<'_> {
    /// A number that may not be finite (JSON has none: `null`, as serde_json).
    pub fn float(f: f64) -> J<'static> {
        serde_json::Number::from_f64(f).map_or(J::Null, J::Num)
    }

    /// Appends the value as compact, script-safe JSON, exactly as
    /// [`crate::escape::json_for_script_into`] prints the same `Value`.
    pub fn write(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Str(s) => crate::escape::json_str_into(out, s),
            J::Num(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{n}");
            }
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Arr(a) => {
                out.push('[');
                for (i, x) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    x.write(out);
                }
                out.push(']');
            }
            J::Obj(o) => {
                let mut keys: Vec<&(&str, J)> = o.0.iter().collect();
                keys.sort_unstable_by_key(|(k, _)| *k);
                out.push('{');
                for (i, (k, x)) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    crate::escape::json_str_into(out, k);
                    out.push(':');
                    x.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The same value as a `serde_json::Value`.
    pub fn to_value(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            J::Null => Value::Null,
            J::Str(s) => Value::String(s.to_string()),
            J::Num(n) => Value::Number(n.clone()),
            J::Bool(b) => Value::Bool(*b),
            J::Arr(a) => Value::Array(a.iter().map(J::to_value).collect()),
            J::Obj(o) => Value::Object(o.0.iter().map(|(k, v)| (k.to_string(), v.to_value())).collect()),
        }
    }
}
