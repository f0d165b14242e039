//! serde's derived deserializers run over the parsed tree, each value with its
//! JSON path, and fail with a problem of ours rather than an English sentence:
//! `$.figures[3].unit: unknown value "kilograms"`, worded later in the reader's
//! language. serde_json's deserializer can give neither (its errors are text,
//! and it knows no path); this is the thin adapter between the two, not a
//! parser: serde_json parses, serde's derives read.

use super::super::model::EXPECTED_VALUE;
use super::super::problem::{Issue, Kind, Problem, Shape, ROOT};
use super::tree::Node;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use std::fmt;

/// A shape problem on its way out of serde, and where it happened. Boxed, so
/// that the many generic functions serde's derives make pass a pointer around
/// rather than the whole problem (smaller code in the wasm).
#[derive(Debug)]
pub struct Error(Box<(Option<String>, Shape)>);

impl Error {
    #[inline(never)]
    fn new(shape: Shape) -> Error {
        Error(Box::new((None, shape)))
    }

    /// The innermost value that reports a problem names its place; the values
    /// around it pass it on unchanged.
    #[inline(never)]
    fn at(mut self, path: &str) -> Error {
        if self.0 .0.is_none() {
            self.0 .0 = Some(path.to_string());
        }
        self
    }

    pub fn into_issue(self) -> Issue {
        let (path, shape) = *self.0;
        Issue::new(path.unwrap_or_else(|| ROOT.into()), Problem::Shape(shape))
    }
}

/// serde requires a message; ours is worded in the reader's language later,
/// from the shape, by `i18n::problems`.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value of the wrong shape")
    }
}

impl std::error::Error for Error {}

fn found(u: &de::Unexpected) -> Kind {
    use de::Unexpected as U;
    match u {
        U::Bool(_) => Kind::Boolean,
        U::Unsigned(_) | U::Signed(_) | U::Float(_) => Kind::Number,
        U::Str(_) | U::Char(_) => Kind::String,
        U::Seq => Kind::Array,
        U::Map => Kind::Object,
        U::Unit | U::Option => Kind::Null,
        _ => Kind::Other,
    }
}

/// serde's "expected …" for the types of the model, by what they print.
fn expected(e: &dyn de::Expected) -> Kind {
    let text = e.to_string();
    match text.as_str() {
        "a string" | "a borrowed string" => Kind::String,
        "a boolean" => Kind::Boolean,
        "a sequence" => Kind::Array,
        "u8" | "u16" | "u32" | "u64" | "usize" => Kind::WholeNumber,
        "f32" | "f64" => Kind::Number,
        t if t == EXPECTED_VALUE => Kind::NumberOrMarker,
        t if t.starts_with("struct ") || t.starts_with("a map") => Kind::Object,
        _ => Kind::Other,
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error::new(Shape::Other(msg.to_string()))
    }
    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Error {
        Error::new(Shape::WrongType {
            expected: expected(exp),
            found: found(&unexp),
        })
    }
    fn invalid_value(unexp: de::Unexpected, exp: &dyn de::Expected) -> Error {
        Self::invalid_type(unexp, exp)
    }
    fn missing_field(field: &'static str) -> Error {
        Error::new(Shape::MissingField(field.into()))
    }
    fn unknown_field(field: &str, _expected: &'static [&'static str]) -> Error {
        Error::new(Shape::UnknownField(field.into()))
    }
    fn duplicate_field(field: &'static str) -> Error {
        Error::new(Shape::DuplicateField(field.into()))
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Error {
        Error::new(Shape::UnknownName {
            found: format!("\"{variant}\""),
            expected: expected.join(", "),
        })
    }
}

fn kind_of(node: &Node) -> Kind {
    match node {
        Node::Null => Kind::Null,
        Node::Bool(_) => Kind::Boolean,
        Node::Number(_) => Kind::Number,
        Node::String(_) => Kind::String,
        Node::Array(_) => Kind::Array,
        Node::Object(_) => Kind::Object,
    }
}

/// The problem of a node that is not of the kind expected where it is.
pub fn wrong_type(node: &Node, path: &str, expected: Kind) -> Issue {
    At { node, path }.wrong(expected).into_issue()
}

/// Reads a value of the model from a node whose path is `path`.
pub fn read<T: DeserializeOwned>(node: &Node, path: &str) -> Result<T, Issue> {
    T::deserialize(At { node, path }).map_err(Error::into_issue)
}

/// A node and its JSON path, as a serde `Deserializer`.
#[derive(Clone, Copy)]
pub struct At<'n> {
    node: &'n Node,
    path: &'n str,
}

impl At<'_> {
    #[inline(never)]
    fn wrong(&self, expected: Kind) -> Error {
        Error::new(Shape::WrongType {
            expected,
            found: kind_of(self.node),
        })
        .at(self.path)
    }
}

macro_rules! whole {
    ($($method:ident => $visit:ident: $ty:ty,)*) => {$(
        fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            match self.node {
                Node::Number(n) => match n.as_u64().and_then(|n| <$ty>::try_from(n).ok()) {
                    Some(n) => v.$visit(n).map_err(|e: Error| e.at(self.path)),
                    None => Err(self.wrong(Kind::WholeNumber)),
                },
                _ => Err(self.wrong(Kind::WholeNumber)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for At<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let path = self.path;
        let out = match self.node {
            Node::Null => v.visit_unit(),
            Node::Bool(b) => v.visit_bool(*b),
            Node::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => v.visit_u64(u),
                (_, Some(i), _) => v.visit_i64(i),
                (_, _, Some(f)) => v.visit_f64(f),
                _ => Err(self.wrong(Kind::Number)),
            },
            Node::String(s) => v.visit_str(s),
            Node::Array(items) => v.visit_seq(items_of(items, path)),
            Node::Object(members) => v.visit_map(members_of(members, path)),
        };
        out.map_err(|e| e.at(path))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node {
            Node::Bool(b) => v.visit_bool(*b).map_err(|e: Error| e.at(self.path)),
            _ => Err(self.wrong(Kind::Boolean)),
        }
    }

    whole! {
        deserialize_u8 => visit_u8: u8,
        deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32,
        deserialize_u64 => visit_u64: u64,
    }

    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node {
            Node::Number(n) => match n.as_f64() {
                Some(f) => v.visit_f64(f).map_err(|e: Error| e.at(self.path)),
                None => Err(self.wrong(Kind::Number)),
            },
            _ => Err(self.wrong(Kind::Number)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node {
            Node::String(s) => v.visit_str(s).map_err(|e: Error| e.at(self.path)),
            _ => Err(self.wrong(Kind::String)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node {
            Node::Null => v.visit_none().map_err(|e: Error| e.at(self.path)),
            _ => v.visit_some(self),
        }
    }

    // Lists and records call their visitor's one method directly, not through
    // `deserialize_any`: that would make the compiler build every other visit
    // method of every record type too (a struct's `visit_seq`), for nothing.
    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node {
            Node::Array(items) => v.visit_seq(items_of(items, self.path)),
            _ => Err(self.wrong(Kind::Array)),
        }
        .map_err(|e: Error| e.at(self.path))
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node {
            Node::Object(members) => v.visit_map(members_of(members, self.path)),
            _ => Err(self.wrong(Kind::Object)),
        }
        .map_err(|e: Error| e.at(self.path))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(v)
    }

    /// The model's enums are names (`"children"`): a string, read as a unit variant.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        match self.node {
            Node::String(s) => {
                let name: de::value::StrDeserializer<Error> = s.as_str().into_deserializer();
                v.visit_enum(name).map_err(|e: Error| e.at(self.path))
            }
            _ => Err(self.wrong(Kind::String)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u128 f32 char bytes byte_buf unit unit_struct
        newtype_struct tuple tuple_struct
    }
}

fn items_of<'n>(items: &'n [Node], path: &'n str) -> Items<'n> {
    Items {
        items: items.iter(),
        index: 0,
        path,
        item_path: String::new(),
    }
}

fn members_of<'n>(members: &'n [(String, Node)], path: &'n str) -> Members<'n> {
    Members {
        members,
        next: 0,
        path,
        value_path: String::new(),
    }
}

/// The elements of an array, each at `path[i]`.
struct Items<'n> {
    items: std::slice::Iter<'n, Node>,
    index: usize,
    path: &'n str,
    item_path: String,
}

impl Items<'_> {
    /// The next element with its path (kept out of the generic code below,
    /// which serde instantiates once per element type).
    #[inline(never)]
    fn advance(&mut self) -> Option<At<'_>> {
        let node = self.items.next()?;
        self.item_path = format!("{}[{}]", self.path, self.index);
        self.index += 1;
        Some(At {
            node,
            path: &self.item_path,
        })
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.advance() {
            None => Ok(None),
            Some(at) => seed.deserialize(at).map(Some),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The members of an object, each value at `path.name`. A name that comes a
/// second time is a problem at that member: JSON allows it, but which of the
/// two would count?
struct Members<'n> {
    members: &'n [(String, Node)],
    next: usize,
    path: &'n str,
    value_path: String,
}

/// What a value read out of turn would be (serde never does that).
static NULL: Node = Node::Null;

impl<'n> Members<'n> {
    /// The next member's name, its path recorded; a name seen before is a
    /// problem. Kept out of the generic code below, which serde instantiates
    /// once per record type.
    #[inline(never)]
    fn name(&mut self) -> Result<Option<&'n str>, Error> {
        let Some((name, _)) = self.members.get(self.next) else {
            return Ok(None);
        };
        self.value_path = format!("{}.{name}", self.path);
        if self.members[..self.next]
            .iter()
            .any(|(seen, _)| seen == name)
        {
            return Err(Error::new(Shape::DuplicateField(name.clone())).at(&self.value_path));
        }
        Ok(Some(name))
    }

    /// The value of the member whose name was read last.
    #[inline(never)]
    fn value(&mut self) -> At<'_> {
        let node = self.members.get(self.next).map_or(&NULL, |(_, v)| v);
        self.next += 1;
        At {
            node,
            path: &self.value_path,
        }
    }
}

impl<'de> de::MapAccess<'de> for Members<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(name) = self.name()? else {
            return Ok(None);
        };
        let key: de::value::StrDeserializer<Error> = name.into_deserializer();
        seed.deserialize(key)
            .map(Some)
            .map_err(|e| e.at(&self.value_path))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.value())
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len() - self.next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{SourcedValue, Text, Unit};

    fn node(text: &str) -> Node {
        super::super::tree::parse(text).expect("json")
    }

    fn shape<T: DeserializeOwned + fmt::Debug>(text: &str) -> (String, Shape) {
        match read::<T>(&node(text), "$.x") {
            Err(Issue {
                path,
                problem: Problem::Shape(shape),
            }) => (path, shape),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn values_are_read_by_the_derived_deserializers() {
        let v: SourcedValue = read(
            &node(r#"{"value": 270, "qualifier": "just_over", "sources": ["a"]}"#),
            "$",
        )
        .expect("read");
        assert_eq!(v.sources, ["a"]);
        let t: Text = read(&node(r#"{"sv": "hej"}"#), "$").expect("read");
        assert_eq!(t.en, "", "a missing language is left to validation");
    }

    #[test]
    fn problems_name_the_innermost_path() {
        assert_eq!(
            shape::<SourcedValue>(r#"{"value": "many", "sources": []}"#),
            (
                "$.x.value".into(),
                Shape::WrongType {
                    expected: Kind::NumberOrMarker,
                    found: Kind::String
                }
            )
        );
        assert_eq!(
            shape::<SourcedValue>(r#"{"value": 1, "sources": ["a", 2]}"#),
            (
                "$.x.sources[1]".into(),
                Shape::WrongType {
                    expected: Kind::String,
                    found: Kind::Number
                }
            )
        );
        assert_eq!(
            shape::<SourcedValue>(r#"{"value": 1}"#),
            ("$.x".into(), Shape::MissingField("sources".into()))
        );
        assert_eq!(
            shape::<SourcedValue>(r#"{"value": 1, "sorces": []}"#),
            ("$.x.sorces".into(), Shape::UnknownField("sorces".into()))
        );
        assert_eq!(
            shape::<SourcedValue>(r#"{"value": 1, "value": 2, "sources": []}"#),
            ("$.x.value".into(), Shape::DuplicateField("value".into()))
        );
        let (path, unknown) = shape::<Unit>(r#""kilograms""#);
        assert_eq!(path, "$.x");
        assert!(
            matches!(&unknown, Shape::UnknownName { found, expected } if found == "\"kilograms\"" && expected.starts_with("children, people,")),
            "{unknown:?}"
        );
        assert_eq!(
            shape::<u32>("12.5").1,
            Shape::WrongType {
                expected: Kind::WholeNumber,
                found: Kind::Number
            }
        );
        assert_eq!(
            shape::<Text>("[1]").1,
            Shape::WrongType {
                expected: Kind::Object,
                found: Kind::Array
            }
        );
    }
}
