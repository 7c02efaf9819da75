use dpa_lexicon::values::{CryptoItem, CryptoKind, FactValue, Strength};

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::query::inference_note;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::crypto_mentions;

pub(crate) struct SecCryptoStrength;

static META: RuleMeta = RuleMeta {
    id: "SEC-CRYPTO-STRENGTH",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Warning,
    escalates: true,
    citation: "GDPR Art. 32(1)(a); NIST SP 800-131A Rev. 2; ANSSI RGS B1",
    summary: L10n::new(
        "A deprecated cipher, hash, key size or protocol is named (3DES, RC4, MD5, SHA-1, RSA-1024, SSL, TLS 1.0/1.1).",
        "Un algorithme, une empreinte, une taille de clé ou un protocole obsolète est cité (3DES, RC4, MD5, SHA-1, RSA-1024, SSL, TLS 1.0/1.1).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads every cipher, hash, key size and protocol the document names, in facts and in prose, in the security clause, the measures annex or a sub-processor row, and reports each one the dated reference table lists as deprecated: DES, 3DES, RC4, Blowfish, MD5, SHA-1, RSA or DH below 2048 bits, SSL, TLS 1.0 and 1.1, cleartext protocols. A name given only to say it is disabled is not reported. The finding points at the exact words and says what to use instead; for a fact naming a single primitive, the fix writes the replacement.",
            "Lit chaque algorithme, empreinte, taille de clé et protocole cité, dans les faits et dans le texte, dans la clause de sécurité, l'annexe des mesures ou une ligne de sous-traitant, et signale chacun de ceux que la table de référence datée classe comme obsolètes : DES, 3DES, RC4, Blowfish, MD5, SHA-1, RSA ou DH de moins de 2048 bits, SSL, TLS 1.0 et 1.1, protocoles en clair. Un nom cité seulement pour dire qu'il est désactivé n'est pas signalé. Le constat désigne les mots exacts et dit quoi utiliser à la place ; pour un fait ne citant qu'une primitive, le correctif écrit le remplacement.",
        ),
        why: L10n::new(
            "Art. 32(1) GDPR requires measures that take account of the state of the art. A contract that allows 3DES or TLS 1.0 commits the processor to protection that NIST (SP 800-131A), the IETF (RFC 8996) and ANSSI (RGS B1) have withdrawn: encrypted data may not count as unintelligible after a breach (Art. 34(3)(a)), and the controller can be found not to have chosen a processor with sufficient guarantees (Art. 28(1)).",
            "L'art. 32(1) du RGPD exige des mesures tenant compte de l'état des connaissances. Un contrat qui admet 3DES ou TLS 1.0 engage le sous-traitant sur une protection que le NIST (SP 800-131A), l'IETF (RFC 8996) et l'ANSSI (RGS B1) ont retirée : des données ainsi chiffrées risquent de ne pas être considérées comme incompréhensibles après une violation (art. 34(3)(a)), et le responsable peut se voir reprocher de n'avoir pas choisi un sous-traitant présentant des garanties suffisantes (art. 28(1)).",
        ),
        failing: "# Security {security}\nAll connections use [[encryption-in-transit: TLS 1.0]].\n",
        passing: "# Security {security}\nAll connections use [[encryption-in-transit: TLS 1.3]].\n",
        companion: None,
    },
};

/// The state-of-the-art replacement for a deprecated primitive or protocol.
fn replacement(item: &CryptoItem) -> &'static str {
    let name = item.name.as_str();
    match item.kind {
        CryptoKind::Protocol if name.starts_with("SSH") || name == "Telnet" => "SSH-2",
        CryptoKind::Protocol if name == "FTP" => "SFTP",
        CryptoKind::Protocol if name == "HTTP" => "HTTPS (TLS 1.3)",
        CryptoKind::Protocol if name.starts_with("WPA") || name == "WEP" => "WPA3",
        CryptoKind::Protocol => "TLS 1.3",
        CryptoKind::Cipher => "AES-256-GCM",
        CryptoKind::Hash if name.starts_with("HMAC") => "HMAC-SHA-256",
        CryptoKind::Hash => "SHA-256",
        CryptoKind::PublicKey if name.starts_with("RSA") => "RSA-3072",
        CryptoKind::PublicKey if name.starts_with("DH") => "ECDHE (X25519)",
        CryptoKind::PublicKey => "ECDSA P-256",
    }
}

impl Rule for SecCryptoStrength {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        for mention in crypto_mentions(cx) {
            let Strength::Deprecated { reason } = &mention.item.strength else { continue };
            if mention.ruled_out() {
                continue;
            }
            let words = cx.text(mention.span);
            let instead = replacement(mention.item);
            let message = Message::new(
                format!("“{words}” is deprecated: {}. Art. 32(1) GDPR requires state-of-the-art measures; use {instead} instead (NIST SP 800-131A Rev. 2, ANSSI RGS B1).", reason.en),
                format!("« {words} » est obsolète : {}. L'art. 32(1) du RGPD exige des mesures conformes à l'état des connaissances ; utilisez {instead} à la place (NIST SP 800-131A rév. 2, ANSSI RGS B1).", reason.fr),
            );
            let inferred = match mention.fact {
                Some(fact) => fact.inferred,
                None => cx.doc.prose || cx.doc.clause_of(mention.paragraph).is_some_and(|c| c.inferred()),
            };
            let hint = L10n::new(
                "tag it as `[[encryption-at-rest: …]]` or `[[encryption-in-transit: …]]`",
                "balisez-le `[[chiffrement-au-repos : …]]` ou `[[chiffrement-en-transit : …]]`",
            );
            let message = inference_note(message, inferred, hint);
            let finding = sink.report(cx, &META, mention.span, message).inferred(inferred);
            let single = mention.fact.and_then(|fact| match fact.parsed() {
                Some(FactValue::Crypto(crypto)) if crypto.items.len() == 1 => Some(fact),
                _ => None,
            });
            if let Some(fact) = single {
                finding.with_fix(fixes::replace(
                    fact.value_span,
                    instead,
                    Message::new(format!("Replace with {instead}"), format!("Remplacer par {instead}")),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dpa_lexicon::values::find_crypto;

    fn replacement_for(text: &str) -> &'static str {
        replacement(&find_crypto(text).remove(0))
    }

    #[test]
    fn replacements_stay_in_their_family() {
        assert_eq!(replacement_for("TLS 1.0"), "TLS 1.3");
        assert_eq!(replacement_for("SSLv3"), "TLS 1.3");
        assert_eq!(replacement_for("3DES-CBC"), "AES-256-GCM");
        assert_eq!(replacement_for("RC4"), "AES-256-GCM");
        assert_eq!(replacement_for("MD5"), "SHA-256");
        assert_eq!(replacement_for("SHA-1"), "SHA-256");
        assert_eq!(replacement_for("RSA-1024"), "RSA-3072");
        assert_eq!(replacement_for("FTP"), "SFTP");
    }

    #[test]
    fn the_reason_is_given_in_each_language() {
        let source = "# Sécurité {securite}\nLes flux sont chiffrés en [[chiffrement-en-transit : TLS 1.0]].\n";
        let report = crate::lint(source, &crate::LintOptions::default());
        let finding = report.findings.iter().find(|f| f.rule == META.id).expect("TLS 1.0 is deprecated");
        assert!(finding.message.en.contains("TLS 1.0: deprecated (RFC 8996; NIST SP 800-52 Rev. 2)"));
        assert!(finding.message.fr.contains("TLS 1.0 : obsolète (RFC 8996 ; NIST SP 800-52 rév. 2)"));
    }
}
