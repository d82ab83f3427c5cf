//! Keyboard shortcuts for a question's options, in the order shown: 1 to 9 pick the first
//! nine, 0 the tenth (a question has at most ten).

/// The key that picks the option at `index` (0-based), if it has one.
pub fn key_for(index: usize) -> Option<char> {
    match index {
        0..=8 => char::from_digit(index as u32 + 1, 10),
        9 => Some('0'),
        _ => None,
    }
}

/// The index (0-based) of the option `key` picks among `count` options.
pub fn index_for(key: &str, count: usize) -> Option<usize> {
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let index = match c.to_digit(10)? {
        0 => 9,
        d => d as usize - 1,
    };
    (index < count).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_of_a_question_has_its_own_key_and_the_key_leads_back() {
        for count in 2..=10 {
            let keys: Vec<char> = (0..count).filter_map(key_for).collect();
            assert_eq!(keys.len(), count);
            for (i, k) in keys.iter().enumerate() {
                assert_eq!(index_for(&k.to_string(), count), Some(i));
            }
        }
    }

    #[test]
    fn keys_beyond_the_options_or_not_single_digits_pick_nothing() {
        assert_eq!(index_for("0", 9), None);
        assert_eq!(index_for("7", 6), None);
        assert_eq!(index_for("11", 10), None);
        assert_eq!(index_for("a", 10), None);
        assert_eq!(index_for("", 10), None);
        assert_eq!(key_for(10), None);
    }
}
