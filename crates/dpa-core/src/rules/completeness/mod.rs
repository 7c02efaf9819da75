//! Art. 28 completeness (rules.md): the parties, the Art. 28(3) particulars, and the processor's
//! statutory duties. These are the law layer: a playbook cannot relax them.

use super::Rule;

mod assistance;
pub(crate) mod end_of_processing;
mod instructions;
mod own_purposes;
mod particulars;
mod parties;
mod security;

pub(super) static RULES: &[&dyn Rule] = &[
    &parties::Parties,
    &particulars::SUBJECT_MATTER,
    &particulars::DURATION,
    &particulars::NATURE,
    &particulars::PURPOSE,
    &particulars::DATA_TYPES,
    &particulars::DATA_SUBJECTS,
    &instructions::Instructions,
    &instructions::UnlawfulInstructionNotice,
    &security::Confidentiality,
    &security::Security,
    &assistance::DsrAssist,
    &assistance::AssistDpia,
    &end_of_processing::DeleteOrReturn,
    &end_of_processing::ControllerChoice,
    &end_of_processing::Deadline,
    &end_of_processing::Certificate,
    &own_purposes::OwnPurposes,
];
