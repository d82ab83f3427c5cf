//! What every stored document shares: a field written as `null` (or missing) reads as its
//! default, as older builds wrote and read it.

use serde::{Deserialize, Deserializer};

/// For `#[serde(default, deserialize_with = "null_as_default")]`: `null` is the default too.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
