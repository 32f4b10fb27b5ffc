//! The page model's second stage: gradient-boosted trees
//! (`data/phi/story_trees.tsv`, written by `bench/page-model/
//! stack_model.py fit` from scikit-learn's HistGradientBoostingClassifier)
//! over the dense features and the first stage's score. Each tree is walked
//! from its root, left when the input is at most the node's threshold, and
//! the leaves' values are added to the baseline: the log-odds of a patient
//! page, as scikit-learn computes them.

use std::sync::LazyLock;

/// One node: a split (feature, threshold, left and right child) or a leaf
/// (its value).
struct Node {
    feature: usize,
    threshold: f64,
    left: usize,
    right: usize,
    value: f64,
    leaf: bool,
}

struct Forest {
    baseline: f64,
    trees: Vec<Vec<Node>>,
}

static FOREST: LazyLock<Forest> = LazyLock::new(|| parse(include_str!("../../../../data/phi/story_trees.tsv")));

/// Reads the generated file; a malformed line is a build-time bug of the
/// generator, caught by the unit tests, so it is skipped rather than fatal.
fn parse(text: &str) -> Forest {
    let mut forest = Forest { baseline: 0.0, trees: Vec::new() };
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        match cols.as_slice() {
            ["baseline", v] => forest.baseline = v.parse().unwrap_or(0.0),
            ["tree", _] => forest.trees.push(Vec::new()),
            [f, t, l, r, v, leaf] => {
                let node = Node {
                    feature: f.parse().unwrap_or(0),
                    threshold: t.parse().unwrap_or(0.0),
                    left: l.parse().unwrap_or(0),
                    right: r.parse().unwrap_or(0),
                    value: v.parse().unwrap_or(0.0),
                    leaf: *leaf == "1",
                };
                if let Some(tree) = forest.trees.last_mut() {
                    tree.push(node);
                }
            }
            _ => {}
        }
    }
    forest
}

/// The trees' log-odds for `x` (the dense features, then the first stage's score).
pub(super) fn log_odds(x: &[f64]) -> f64 {
    let f = &*FOREST;
    let mut sum = f.baseline;
    for tree in &f.trees {
        let mut j = 0;
        // A child index out of range (a malformed file) ends the walk.
        while let Some(n) = tree.get(j) {
            if n.leaf {
                sum += n.value;
                break;
            }
            j = if x.get(n.feature).copied().unwrap_or(0.0) <= n.threshold { n.left } else { n.right };
        }
    }
    sum
}

/// How many trees the file holds (for the tests).
#[cfg(test)]
pub(super) fn count() -> usize {
    FOREST.trees.len()
}
