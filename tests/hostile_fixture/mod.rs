//! Hostile copy shared by tests/linear_time_ratios.rs and benches/hostile.rs.

/// `n` sentences on one line, each with a wrong percentage change and each its own (a
/// repeated sentence would fold into one duplicated passage).
pub fn wrong_changes_on_one_line(n: usize) -> String {
    let names = [
        "North", "South", "East", "West", "Upper", "Lower", "Inner", "Outer",
    ];
    (0..n)
        .map(|i| {
            let (a, b) = (names[i % 8], names[(i / 8) % 8]);
            format!(
                "{a} {b} spending rose from {} to {}, a 15% increase. ",
                100 + i,
                200 + i
            )
        })
        .collect()
}
