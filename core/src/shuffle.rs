//! Deterministic shuffling. An attempt stores one seed; each question's option order is
//! derived from that seed and the question's own id, so a reload shows the same order and
//! editing one question never reorders the others.

use crate::content::{Choice, Kind, Question};

/// SplitMix64: tiny, fast, and good enough to shuffle a handful of options.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..bound` (bound > 0), by rejection to avoid modulo bias.
    fn below(&mut self, bound: u64) -> u64 {
        let zone = u64::MAX - (u64::MAX % bound);
        loop {
            let x = self.next();
            if x < zone {
                return x % bound;
            }
        }
    }
}

/// FNV-1a: a stable hash of an id (std's hasher is not stable across releases).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The seed of an attempt begun on a lesson's prerendered first question. That page is
/// static HTML written at build time, so its option order must come from a seed known
/// then; the attempt started from it uses the same seed, so the order the learner saw
/// (and perhaps already answered) is the order the app keeps. Other attempts are random.
pub fn first_page_seed(lesson_id: &str) -> u32 {
    let h = fnv1a(lesson_id);
    (h ^ (h >> 32)) as u32
}

/// A permutation of `0..n`, fixed by `seed` and `key`.
pub fn permutation(n: usize, seed: u32, key: &str) -> Vec<usize> {
    let mut rng = SplitMix64((u64::from(seed) << 32) ^ fnv1a(key));
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        order.swap(i, j);
    }
    order
}

/// A question's options in the order `seed` gives them. An ordering question never starts
/// in its right order (the author's), which would give its answer away.
pub fn shuffled(question: &Question, seed: u32) -> Vec<&Choice> {
    let mut order = permutation(question.options.len(), seed, &question.id);
    if question.kind == Kind::Order && order.windows(2).all(|w| w[0] < w[1]) {
        order.rotate_left(1);
    }
    order.into_iter().map(|i| &question.options[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_shuffle_is_a_permutation(n in 0usize..7, seed: u32, key in "[a-z-]{0,12}") {
            let mut order = permutation(n, seed, &key);
            order.sort_unstable();
            prop_assert_eq!(order, (0..n).collect::<Vec<_>>());
        }

        #[test]
        fn the_same_seed_and_key_give_the_same_order(n in 0usize..7, seed: u32, key in "[a-z-]{0,12}") {
            prop_assert_eq!(permutation(n, seed, &key), permutation(n, seed, &key));
        }
    }

    #[test]
    fn orders_vary_with_the_seed() {
        let distinct: std::collections::BTreeSet<Vec<usize>> =
            (0..200).map(|seed| permutation(4, seed, "q")).collect();
        // 24 orders exist for four options; 200 seeds should reach nearly all of them.
        assert!(
            distinct.len() >= 20,
            "only {} distinct orders",
            distinct.len()
        );
    }

    #[test]
    fn every_position_is_reached_by_every_option() {
        let mut seen = [[0u32; 4]; 4];
        for seed in 0..4000 {
            for (pos, opt) in permutation(4, seed, "q").into_iter().enumerate() {
                seen[opt][pos] += 1;
            }
        }
        for row in seen {
            for count in row {
                // 1000 expected per cell; a biased shuffle would drift far from it.
                assert!((800..1200).contains(&count), "{seen:?}");
            }
        }
    }
}
