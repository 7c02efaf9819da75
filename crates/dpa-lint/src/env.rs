//! What the run takes from its environment: the message language, colour, CI.

use dpa_core::Lang;

/// The message language from the locale variables, in POSIX order: the first one that is set
/// and non-empty decides (`LC_ALL=C` means English even if `LANG=fr_FR`). `LANGUAGE` may list
/// several languages separated by `:`; the first supported one wins.
pub fn locale_lang(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        let Some(value) = var(name).filter(|value| !value.trim().is_empty()) else {
            continue;
        };
        return if name == "LANGUAGE" { value.split(':').find_map(Lang::from_tag) } else { Lang::from_tag(&value) };
    }
    None
}

/// Whether `NO_COLOR` asks for no colour (any non-empty value, per no-color.org).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// Whether the run is in continuous integration (the `CI` variable most CI services set).
pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|value| !value.is_empty() && value != "false" && value != "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_with(vars: &[(&str, &str)]) -> Option<Lang> {
        locale_lang(|name| vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_string()))
    }

    #[test]
    fn the_first_set_locale_variable_decides() {
        assert_eq!(lang_with(&[("LANG", "fr_FR.UTF-8")]), Some(Lang::Fr));
        assert_eq!(lang_with(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "fr_FR.UTF-8")]), Some(Lang::En));
        assert_eq!(lang_with(&[("LC_ALL", ""), ("LC_MESSAGES", "fr_CA"), ("LANG", "en_US")]), Some(Lang::Fr));
        assert_eq!(lang_with(&[("LC_ALL", "C.UTF-8"), ("LANG", "fr_FR.UTF-8")]), None);
        assert_eq!(lang_with(&[("LANGUAGE", "de:fr:en")]), Some(Lang::Fr));
        assert_eq!(lang_with(&[]), None);
    }
}
