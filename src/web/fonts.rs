//! Whether the device has a font for a script, by drawing its letters on a canvas.

use wasm_bindgen::JsCast;

use super::window;

/// For each character of `sample`, whether the page's font draws it pixel for pixel like
/// U+0378, which is unassigned, so every font draws its empty box for it.
pub fn drawn_as_box(sample: &str) -> Option<Vec<bool>> {
    const SIZE: u32 = 40;
    let document = window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(SIZE);
    canvas.set_height(SIZE);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"willReadFrequently".into(), &true.into());
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context_with_context_options("2d", &options).ok()??.dyn_into().ok()?;
    let family = document
        .body()
        .and_then(|b| window()?.get_computed_style(&b).ok()?)
        .and_then(|s| s.get_property_value("font-family").ok())
        .unwrap_or_else(|| "sans-serif".into());
    let draw = |text: &str| {
        context.clear_rect(0.0, 0.0, SIZE as f64, SIZE as f64);
        context.set_font(&format!("28px {family}"));
        let _ = context.fill_text(text, 4.0, 30.0);
        context.get_image_data(0.0, 0.0, SIZE as f64, SIZE as f64).map(|d| d.data().0).unwrap_or_default()
    };
    let empty_box = draw("\u{378}");
    Some(sample.chars().map(|c| draw(c.encode_utf8(&mut [0; 4])) == empty_box).collect())
}
