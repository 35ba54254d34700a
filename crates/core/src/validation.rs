//! Field-level validation errors. Messages are Fluent keys, never prose: the server
//! translates them into the reader's language next to the field that caused them.

use serde::Serialize;

/// One problem with one input field; `message` is a Fluent message id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

/// All problems found in one submitted form or JSON body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &'static str, message: &'static str) -> Self {
        Self(vec![FieldError { field, message }])
    }

    pub fn add(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError { field, message });
    }

    /// Records the error of `result`, if any, and passes the value on.
    pub fn check<T>(&mut self, field: &'static str, result: Result<T, &'static str>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for `field`, for showing next to it.
    pub fn for_field(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message)
    }

    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// Trims and bounds a free-text field: `min..=max` characters, no control characters.
pub fn bounded_text(
    value: &str,
    min: usize,
    max: usize,
    too_short: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    let trimmed = value.trim();
    if trimmed.chars().any(|c| c.is_control()) {
        return Err("error-control-characters");
    }
    let count = trimmed.chars().count();
    if count < min {
        Err(too_short)
    } else if count > max {
        Err(too_long)
    } else {
        Ok(trimmed.to_string())
    }
}
