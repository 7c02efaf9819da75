//! Parties: `Boulangeries Duval SA, FR, RCS Lyon 401 223 987` is a name, a country (code or
//! name, optional) and an identifier (the rest, optional).

use super::country::exact_country;
use super::{Country, Party, PartyDefect, ValueError};
use crate::fold::fold_key;
use crate::kinds::PartyRole;

/// Legal forms that belong to the name when written after a comma (`Acme, Inc.`), folded.
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "lp",
    "plc",
    "corp",
    "corporation",
    "co",
    "pvt-ltd",
    "pte-ltd",
    "sa",
    "sas",
    "sasu",
    "sarl",
    "sca",
    "scs",
    "snc",
    "se",
    "gmbh",
    "ag",
    "kg",
    "bv",
    "nv",
    "spa",
    "srl",
    "sl",
    "ab",
    "as",
    "oy",
    "kk",
];

fn is_legal_form(segment: &str) -> bool {
    LEGAL_FORMS.contains(&fold_key(segment).replace('.', "").as_str())
}

/// Two letters that look like a country code.
fn looks_like_code(segment: &str) -> bool {
    segment.len() == 2 && segment.chars().all(|ch| ch.is_ascii_alphabetic())
}

/// A party fact value: the name up to the first comma (legal forms after it stay in the name),
/// then the first part that is a country, then the rest as the identifier. The name is
/// mandatory; a two-letter code that is not a country is an error.
pub fn parse_party(role: PartyRole, text: &str) -> Result<Party, ValueError> {
    let mut segments = text.split(',').map(str::trim);
    let first = segments.next().unwrap_or("");
    if first.is_empty() {
        return Err(ValueError::BadParty { defect: PartyDefect::NoName });
    }
    let rest: Vec<&str> = segments.filter(|segment| !segment.is_empty()).collect();
    let countries: Vec<Option<Country>> = rest.iter().map(|segment| exact_country(segment)).collect();
    // A legal form that is also a code (`SA`, `AG`, `SE`) is read as the country only when no
    // other part is one.
    let country_at = (0..rest.len())
        .find(|&at| countries[at].is_some() && !is_legal_form(rest[at]))
        .or_else(|| countries.iter().position(Option::is_some));
    if country_at.is_none() {
        if let Some(code) = rest.first().filter(|segment| looks_like_code(segment) && !is_legal_form(segment)) {
            return Err(ValueError::BadParty { defect: PartyDefect::UnknownCountry(code.to_string()) });
        }
    }
    let name_forms =
        rest.iter().take(country_at.unwrap_or(rest.len())).take_while(|segment| is_legal_form(segment)).count();
    let name = std::iter::once(first).chain(rest[..name_forms].iter().copied()).collect::<Vec<_>>().join(", ");
    let identifier: Vec<&str> = rest
        .iter()
        .enumerate()
        .skip(name_forms)
        .filter(|&(at, _)| Some(at) != country_at)
        .map(|(_, segment)| *segment)
        .collect();
    Ok(Party {
        role,
        name,
        country: country_at.and_then(|at| countries[at]),
        identifier: (!identifier.is_empty()).then(|| identifier.join(", ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(text: &str) -> Party {
        parse_party(PartyRole::Controller, text).unwrap_or_else(|error| panic!("{text}: {error:?}"))
    }

    fn country(code: &str) -> Option<Country> {
        Country::from_code(code)
    }

    #[test]
    fn name_country_identifier() {
        let duval = party("Boulangeries Duval SA, FR, RCS Lyon 401 223 987");
        assert_eq!(
            duval,
            Party {
                role: PartyRole::Controller,
                name: "Boulangeries Duval SA".to_string(),
                country: country("FR"),
                identifier: Some("RCS Lyon 401 223 987".to_string()),
            }
        );
        assert_eq!(party("Quillon Cloud SAS, FR").identifier, None);
        assert_eq!(party("Kaveri Support Services Pvt Ltd, Inde").country, country("IN"));
        assert_eq!(party("Stratus Rechenzentrum GmbH, Germany, HRB 12345").country, country("DE"));
        assert_eq!(party("Ticketwise Inc., United States of America").country, country("US"));
    }

    #[test]
    fn country_is_optional() {
        let alone = party("Quillon Cloud SAS");
        assert_eq!((alone.name.as_str(), alone.country, alone.identifier), ("Quillon Cloud SAS", None, None));
        let no_country = party("Quillon Cloud SAS, RCS Paris 123 456 789");
        assert_eq!((no_country.country, no_country.identifier.as_deref()), (None, Some("RCS Paris 123 456 789")));
    }

    #[test]
    fn legal_forms_after_a_comma_stay_in_the_name() {
        let acme = party("Acme, Inc., US, EIN 12-3456789");
        assert_eq!(acme.name, "Acme, Inc.");
        assert_eq!(acme.country, country("US"));
        assert_eq!(acme.identifier.as_deref(), Some("EIN 12-3456789"));
        let duval = party("Duval, SA, FR");
        assert_eq!(
            (duval.name.as_str(), duval.country),
            ("Duval, SA", country("FR")),
            "SA is the legal form, FR the country"
        );
        assert_eq!(party("Nordic Hosting, AB, SE").country, country("SE"));
    }

    #[test]
    fn errors() {
        let no_name = Err(ValueError::BadParty { defect: PartyDefect::NoName });
        assert_eq!(parse_party(PartyRole::Processor, ", FR"), no_name);
        assert_eq!(parse_party(PartyRole::Processor, ""), no_name);
        assert_eq!(
            parse_party(PartyRole::Processor, "Acme SAS, XX, RCS Paris"),
            Err(ValueError::BadParty { defect: PartyDefect::UnknownCountry("XX".to_string()) })
        );
    }
}
