//! The cue index: every phrase of every cue, reached from its first word, so that a text is
//! matched against all cues in one pass over its words. Rules ask a hundred cues of each
//! paragraph, often once per sentence; looking every phrase up in every paragraph cost more than
//! parsing and building the model together. Each [`FoldedText`] keeps the result ([`CueHits`]),
//! so any later cue search on it is a lookup.
//!
//! The cues indexed are every `pub const …: Cue` of the cue files (listed by `build.rs`) and the
//! inference tables. Any other cue (one built in a test, say) is searched phrase by phrase, with
//! the same results.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use super::inference::{CONTENT_KINDS, HEADING_KINDS};
use super::Cue;
use crate::fold::{first_word, phrase_end, word_ranges, FoldedText};

include!(concat!(env!("OUT_DIR"), "/cue_list.rs"));

/// Where a cue's phrase lists are: equal addresses mean equal cues. The same constant may still
/// sit at two addresses (one per crate that uses it), hence the comparison of contents after.
type Address = (usize, usize, usize, usize);

fn address(cue: &Cue) -> Address {
    (cue.en.as_ptr() as usize, cue.en.len(), cue.fr.as_ptr() as usize, cue.fr.len())
}

const RECENT_SLOTS: usize = 64;

thread_local! {
    /// The cues this thread looked up lately, by address (no real cue is at address zero): rules
    /// ask the same few cues of sentence after sentence, and this spares the shared table's lock.
    static RECENT: [Cell<(Address, u16)>; RECENT_SLOTS] = const { [const { Cell::new(((0, 0, 0, 0), 0)) }; RECENT_SLOTS] };
}

struct Phrase {
    /// Literal parts between its stars.
    parts: Vec<&'static str>,
    /// The cues that have it, by index.
    cues: Vec<u16>,
}

/// How many bytes after its first word a phrase is keyed by: common first words ("the", "le",
/// "data") begin hundreds of phrases, and the bytes that follow the word in the text rule out
/// nearly all of them without comparing each.
const FOLLOWING_BYTES: usize = 3;

/// The first bytes of `bytes`, up to [`FOLLOWING_BYTES`] of them, as one number: their count in
/// the high byte, then the bytes.
fn following(bytes: &[u8]) -> u32 {
    let taken = &bytes[..bytes.len().min(FOLLOWING_BYTES)];
    let mut key = (taken.len() as u32) << 24;
    for (at, &byte) in taken.iter().enumerate() {
        key |= u32::from(byte) << (16 - 8 * at);
    }
    key
}

/// The trie's edges below the root, by open addressing on `parent << 8 | byte` (the root is
/// nobody's parent here, so no key is 0, the empty slot): one probe, mostly, for each byte of
/// each word of a text, where a list of children per node meant a pointer to follow and a search.
#[derive(Default)]
struct Edges {
    slots: Box<[(u32, u32)]>,
    shift: u32,
}

impl Edges {
    fn of(edges: &HashMap<u32, u32>) -> Edges {
        // At most half full, so that a missing edge is found absent in a probe or two.
        let bits = (edges.len() * 2).next_power_of_two().trailing_zeros().max(1);
        let mut table = Edges { slots: vec![(0, 0); 1 << bits].into_boxed_slice(), shift: 32 - bits };
        for (&key, &child) in edges {
            let mut slot = table.home(key);
            while table.slots[slot].0 != 0 {
                slot = (slot + 1) & (table.slots.len() - 1);
            }
            table.slots[slot] = (key, child);
        }
        table
    }

    fn home(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B9) >> self.shift) as usize
    }

    fn get(&self, key: u32) -> Option<u32> {
        let mut slot = self.home(key);
        loop {
            match *self.slots.get(slot)? {
                (found, child) if found == key => return Some(child),
                (0, _) => return None,
                _ => slot = (slot + 1) & (self.slots.len() - 1),
            }
        }
    }
}

fn edge_key(parent: u32, byte: u8) -> u32 {
    parent << 8 | u32::from(byte)
}

/// A node of the trie of first words: which phrases start with a word ending here (with the
/// bytes that follow that word in the phrase, see [`following`]), and which start with a stem
/// ending here (any word that goes on from it). Edges are in [`Index::roots`] and [`Edges`].
#[derive(Default)]
struct Node {
    words: Vec<(u32, u32)>,
    stems: Vec<u32>,
}

impl Node {
    /// The phrases starting with this node's word that may match where the text goes on with
    /// `after`: those whose bytes after the word are a prefix of it (all of them, up to
    /// [`FOLLOWING_BYTES`]).
    fn words_before(&self, after: &[u8]) -> impl Iterator<Item = u32> + '_ {
        let mut prefixes = [u32::MAX; FOLLOWING_BYTES + 1];
        for (length, prefix) in prefixes.iter_mut().enumerate().take(after.len() + 1) {
            *prefix = following(&after[..length]);
        }
        self.words.iter().filter(move |(key, _)| prefixes[(key >> 24) as usize] == *key).map(|&(_, id)| id)
    }
}

struct Index {
    cues: Vec<&'static Cue>,
    /// Cue indices by id (ids repeat across families), sorted.
    by_id: Vec<(&'static str, u16)>,
    /// Cue indices by address, sorted: the addresses of the listed constants, and those under
    /// which other crates' copies of them were since met.
    by_address: RwLock<Vec<(Address, u16)>>,
    phrases: Vec<Phrase>,
    nodes: Vec<Node>,
    /// The root's children by byte (0: none; the root is nobody's child): every word of every
    /// text starts there.
    roots: [u32; 256],
    edges: Edges,
    /// Phrases that begin with a symbol (`(48)`, `@`), by their first byte: tried wherever the
    /// text has that byte.
    symbol_led: [Vec<u32>; 256],
}

impl Index {
    fn get() -> &'static Index {
        static INDEX: OnceLock<Index> = OnceLock::new();
        INDEX.get_or_init(|| {
            let tables = HEADING_KINDS.iter().chain(CONTENT_KINDS).map(|(_, cue)| cue);
            Index::of(LISTED.iter().copied().chain(tables))
        })
    }

    fn of(cues: impl Iterator<Item = &'static Cue>) -> Index {
        let mut index = Index {
            cues: Vec::new(),
            by_id: Vec::new(),
            by_address: RwLock::new(Vec::new()),
            phrases: Vec::new(),
            nodes: vec![Node::default()],
            roots: [0; 256],
            edges: Edges::default(),
            symbol_led: std::array::from_fn(|_| Vec::new()),
        };
        let mut phrase_ids = HashMap::new();
        let mut edges = HashMap::new();
        for cue in cues {
            if index.cues.iter().any(|known| address(known) == address(cue)) {
                continue;
            }
            let Ok(cue_index) = u16::try_from(index.cues.len()) else { break };
            index.cues.push(cue);
            for text in cue.phrases() {
                let parts: Vec<&'static str> = text.split('*').collect();
                if parts[0].is_empty() {
                    continue; // matches nothing (see `FoldedText::find_phrase`)
                }
                let id = *phrase_ids.entry(text).or_insert_with(|| index.add_phrase(text, parts, &mut edges));
                let cues = &mut index.phrases[id as usize].cues;
                if !cues.contains(&cue_index) {
                    cues.push(cue_index);
                }
            }
        }
        index.edges = Edges::of(&edges);
        let mut by_address: Vec<_> = index.cues.iter().enumerate().map(|(i, cue)| (address(cue), i as u16)).collect();
        by_address.sort_unstable();
        index.by_address = RwLock::new(by_address);
        index.by_id = index.cues.iter().enumerate().map(|(i, cue)| (cue.id, i as u16)).collect();
        index.by_id.sort_unstable();
        index
    }

    fn add_phrase(&mut self, text: &'static str, parts: Vec<&'static str>, edges: &mut HashMap<u32, u32>) -> u32 {
        let id = self.phrases.len() as u32;
        match first_word(text) {
            Some((word, stem)) => {
                let mut node = 0;
                for &byte in word.as_bytes() {
                    let known = match node {
                        0 => Some(self.roots[usize::from(byte)]).filter(|&child| child != 0),
                        _ => edges.get(&edge_key(node, byte)).copied(),
                    };
                    node = known.unwrap_or_else(|| {
                        let child = self.nodes.len() as u32;
                        self.nodes.push(Node::default());
                        if node == 0 {
                            self.roots[usize::from(byte)] = child;
                        } else {
                            edges.insert(edge_key(node, byte), child);
                        }
                        child
                    });
                }
                let node = &mut self.nodes[node as usize];
                if stem {
                    node.stems.push(id);
                } else {
                    node.words.push((following(&parts[0].as_bytes()[word.len()..]), id));
                }
            }
            None => self.symbol_led[usize::from(text.as_bytes()[0])].push(id),
        }
        self.phrases.push(Phrase { parts, cues: Vec::new() });
        id
    }

    fn child(&self, node: u32, byte: u8) -> Option<u32> {
        if node == 0 {
            return Some(self.roots[usize::from(byte)]).filter(|&child| child != 0);
        }
        self.edges.get(edge_key(node, byte))
    }

    /// The index of `cue`, if it is indexed.
    fn position(&self, cue: &Cue) -> Option<u16> {
        let key = address(cue);
        let slot = (key.0 >> 3) % RECENT_SLOTS;
        if let Some(position) = RECENT.with(|recent| {
            let (address, position) = recent[slot].get();
            (address == key).then_some(position)
        }) {
            return Some(position);
        }
        let position = self.position_by_address(key).or_else(|| self.position_by_content(cue, key))?;
        RECENT.with(|recent| recent[slot].set((key, position)));
        Some(position)
    }

    fn position_by_address(&self, key: Address) -> Option<u16> {
        // A poisoned lock only means another thread panicked while adding an address.
        let addresses = self.by_address.read().unwrap_or_else(PoisonError::into_inner);
        addresses.binary_search_by(|(address, _)| address.cmp(&key)).ok().map(|at| addresses[at].1)
    }

    /// The first lookup of a copy of a listed cue made in another crate: found by its id and
    /// phrases, and its address kept.
    fn position_by_content(&self, cue: &Cue, key: Address) -> Option<u16> {
        let known = |addresses: &[(Address, u16)]| addresses.binary_search_by(|(address, _)| address.cmp(&key));
        let from = self.by_id.partition_point(|(id, _)| *id < cue.id);
        let position = self.by_id[from..].iter().take_while(|(id, _)| *id == cue.id).map(|&(_, i)| i).find(|&i| {
            let known = self.cues[i as usize];
            known.en == cue.en && known.fr == cue.fr
        })?;
        let mut addresses = self.by_address.write().unwrap_or_else(PoisonError::into_inner);
        if let Err(at) = known(&addresses) {
            addresses.insert(at, (key, position));
        }
        Some(position)
    }
}

/// The matches of every indexed cue in one text: `(cue, start, end)` in folded bytes, sorted,
/// without overlaps within a cue (as [`Cue::find_all`] returns them).
#[derive(Debug, Clone, Default)]
pub(crate) struct CueHits {
    /// One bit per indexed cue, set when it has a match. Rules ask every paragraph about cues
    /// that are mostly absent; in a long document the hits of a paragraph are rarely in the
    /// processor cache, and one word of bits answers where a binary search reads several lines.
    present: Box<[u64]>,
    hits: Vec<(u16, u32, u32)>,
}

impl CueHits {
    pub(crate) fn scan(text: &FoldedText) -> CueHits {
        let index = Index::get();
        let hay = text.folded.as_str();
        let mut hits = Vec::new();
        let mut record = |phrase: &Phrase, start: usize, end: usize| {
            hits.extend(phrase.cues.iter().map(|&cue| (cue, start as u32, end as u32)));
        };
        for (start, end) in word_ranges(hay) {
            let mut node = Some(0);
            for &byte in &hay.as_bytes()[start..end] {
                node = node.and_then(|node| index.child(node, byte));
                let Some(reached) = node else { break };
                for &id in &index.nodes[reached as usize].stems {
                    let phrase = &index.phrases[id as usize];
                    if let Some(end) = phrase_end(hay, phrase.parts.iter().copied(), start) {
                        record(phrase, start, end);
                    }
                }
            }
            let Some(whole_word) = node else { continue };
            for id in index.nodes[whole_word as usize].words_before(&hay.as_bytes()[end..]) {
                let phrase = &index.phrases[id as usize];
                if let Some(end) = phrase_end(hay, phrase.parts.iter().copied(), start) {
                    record(phrase, start, end);
                }
            }
        }
        // One pass for all of them, where a search per phrase would read the text once each.
        for (start, &byte) in hay.as_bytes().iter().enumerate() {
            for &id in &index.symbol_led[usize::from(byte)] {
                let phrase = &index.phrases[id as usize];
                if let Some(end) = phrase_end(hay, phrase.parts.iter().copied(), start) {
                    record(phrase, start, end);
                }
            }
        }
        hits.sort_unstable();
        hits.dedup_by(|later, earlier| later.0 == earlier.0 && later.1 < earlier.2);
        let mut present = vec![0u64; index.cues.len().div_ceil(64)].into_boxed_slice();
        for &(cue, _, _) in &hits {
            present[usize::from(cue) / 64] |= 1 << (cue % 64);
        }
        CueHits { present, hits }
    }

    /// The matches of the cue at `position`, in order.
    fn of(&self, position: u16) -> impl Iterator<Item = (usize, usize)> + '_ {
        let word = self.present.get(usize::from(position) / 64).copied().unwrap_or(0);
        let hits = if word & (1 << (position % 64)) == 0 { &[][..] } else { &self.hits[..] };
        let from = hits.partition_point(|hit| hit.0 < position);
        hits[from..]
            .iter()
            .take_while(move |hit| hit.0 == position)
            .map(|&(_, start, end)| (start as usize, end as usize))
    }
}

/// The matches of `cue` in `text` through the index, or `None` when the cue is not indexed.
pub(super) fn indexed_matches<'t>(
    cue: &Cue,
    text: &'t FoldedText,
) -> Option<impl Iterator<Item = (usize, usize)> + 't> {
    let position = Index::get().position(cue)?;
    Some(text.cue_hits().of(position))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_file_constant_is_indexed() {
        let index = Index::get();
        assert!(LISTED.len() > 100, "build.rs found {} cue constants", LISTED.len());
        for cue in LISTED.iter().copied().chain(HEADING_KINDS.iter().map(|(_, cue)| cue)) {
            assert!(index.position(cue).is_some(), "{} is not indexed", cue.id);
        }
    }

    /// Words of the indexed phrases (stems with and without an ending), and symbols, so that
    /// random texts contain many matches, overlapping ones among them.
    fn vocabulary() -> Vec<String> {
        let mut words: Vec<String> = Index::get()
            .cues
            .iter()
            .flat_map(|cue| cue.phrases())
            .flat_map(|phrase| phrase.split(' '))
            .flat_map(|word| [word.replace('*', ""), word.replace('*', "ation")])
            .chain([",", ".", ";", "(48)", "l'", "é", "x"].map(String::from))
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    }

    proptest::proptest! {
        #[test]
        fn the_index_finds_what_a_phrase_by_phrase_search_finds(
            words in proptest::collection::vec(proptest::sample::select(vocabulary()), 0..60),
        ) {
            let text = FoldedText::new(&words.join(" "), 0);
            for cue in &Index::get().cues {
                proptest::prop_assert_eq!(cue.find_all(&text), cue.search(&text), "{}", cue.id);
            }
        }
    }

    #[test]
    fn a_cue_outside_the_index_is_searched_phrase_by_phrase() {
        let local = Cue { id: "local", en: &["stored abroad"], fr: &[] };
        assert!(Index::get().position(&local).is_none());
        let text = FoldedText::new("Data may be stored abroad.", 0);
        assert_eq!(local.find_all(&text), [(12, 25)]);
    }
}
