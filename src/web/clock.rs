//! The device's clock, in milliseconds since the Unix epoch.

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
