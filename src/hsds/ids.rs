//! HSDS ids: every `id` is a UUID (`format: uuid` since HSDS 3.0). Ours are UUIDv5s of names made
//! from our slugs ("organization/jar", "service/jar/legal-advice", "phone/jar/0"), so an object
//! keeps its id from one build to the next, and no two objects share one.

use uuid::Uuid;

/// What our namespace is derived from, in the URL namespace of RFC 9562.
pub const NAMESPACE_NAME: &str = "urn:michishirube:hsds";

/// UUIDv5(NAMESPACE_URL, [`NAMESPACE_NAME`]): `6de7d96a-fac8-5f2f-a5a4-61ac974a46a4`.
pub const NAMESPACE: Uuid = Uuid::from_u128(0x6de7d96a_fac8_5f2f_a5a4_61ac974a46a4);

/// The id of the object named `name`.
pub fn id(name: &str) -> String {
    Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_namespace_is_derived_as_documented() {
        assert_eq!(Uuid::new_v5(&Uuid::NAMESPACE_URL, NAMESPACE_NAME.as_bytes()), NAMESPACE);
    }

    #[test]
    fn names_give_stable_distinct_version_5_ids() {
        let jar = id("organization/jar");
        assert_eq!(jar, "6423645d-9854-566b-99d6-dd9accfe17e7");
        assert_eq!(Uuid::parse_str(&jar).unwrap().get_version_num(), 5);
        assert_ne!(id("organization/jar"), id("service/jar/legal-advice"));
    }
}
