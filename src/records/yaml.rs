//! YAML writing, kept beside the loading so one module owns the YAML crate.

use serde::Serialize;

/// `value` as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(value)
}
