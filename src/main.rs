fn main() {
    michishirube::web::crash::install();
    leptos::mount::mount_to_body(michishirube::ui::app::App);
}
