//! The JSON reader and writer against an independent implementation (serde_json): what
//! one writes the other reads to the same value, for any value Lectern can store.

use lectern_core::json::{parse, Json};
use proptest::prelude::*;

/// The same value in serde_json's model, for comparison.
fn to_serde(v: &Json) -> serde_json::Value {
    match v {
        Json::Null | Json::Other => serde_json::Value::Null,
        Json::Bool(b) => serde_json::Value::from(*b),
        Json::Int(n) => serde_json::Value::from(*n),
        Json::Str(s) => serde_json::Value::from(s.as_str()),
        Json::Arr(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Json::Obj(_) => serde_json::Value::Object(
            v.members()
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| (k.to_string(), to_serde(v)))
                .collect(),
        ),
    }
}

fn arb_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        // Any text: quotes, backslashes, control characters, astral-plane characters.
        any::<String>().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            proptest::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn what_serde_json_writes_reads_as_the_same_value(value in arb_value()) {
        let compact = parse(&value.to_string()).expect("compact text");
        prop_assert_eq!(to_serde(&compact), value.clone());
        let pretty = serde_json::to_string_pretty(&value).expect("pretty");
        prop_assert_eq!(parse(&pretty).map(|v| to_serde(&v)), Ok(value));
    }

    #[test]
    fn what_lectern_writes_serde_json_reads_as_the_same_value(value in arb_value()) {
        let ours = parse(&value.to_string()).expect("parse");
        let back: serde_json::Value = serde_json::from_str(&ours.text()).expect("serde_json reads our text");
        prop_assert_eq!(back, value);
    }

    #[test]
    fn text_serde_json_refuses_is_refused_too(text in "[\\[\\]{}\",:0-9a-z\\\\. -]{0,24}") {
        // Integers are all Lectern reads as numbers, so only agreement on validity is asked.
        let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
        prop_assert_eq!(parse(&text).is_ok(), theirs, "{:?}", text);
    }
}
