//! `carepress init --ci github`: a ready workflow that checks, builds and
//! deploys the site on every push and every hour (scheduled and expiring
//! pages change the site without an edit).

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// CI systems `init --ci` writes a workflow for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CiKind {
    /// GitHub Actions, deploying to GitHub Pages.
    Github,
}

/// The GitHub Actions workflow. `carepress check` runs before `build`, so a
/// page with patient information or a starter placeholder never deploys.
/// The Pages address (with its `/site/` path for project sites) comes from
/// `actions/configure-pages` and is passed as `--base-url`.
const GITHUB_WORKFLOW: &str = r#"# Checks, builds and publishes the site to GitHub Pages on every push to main
# and every hour (scheduled pages go live and expiring ones leave by
# themselves). Written by `carepress init --ci github`.
#
# Once: in the repository's Settings > Pages, set Source to "GitHub Actions";
# in Settings > Secrets and variables > Actions > Variables, add CAREPRESS_GIT
# with the address of the carepress repository to install it from.
name: Publish the site

on:
  push:
    branches: [main]
  schedule:
    - cron: "7 * * * *"   # hourly; see `carepress schedule --next` for the next change
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  publish:
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deploy.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
      - id: pages
        uses: actions/configure-pages@v5
      - name: Install carepress
        uses: actions/cache@v4
        id: cache
        with:
          path: ~/.cargo/bin/carepress
          key: carepress-${{ runner.os }}-${{ vars.CAREPRESS_GIT }}
      - if: steps.cache.outputs.cache-hit != 'true'
        env:
          CAREPRESS_GIT: ${{ vars.CAREPRESS_GIT }}
        run: |
          if [ -z "$CAREPRESS_GIT" ]; then echo "Set the repository variable CAREPRESS_GIT (see the top of this file)"; exit 1; fi
          cargo install --locked --git "$CAREPRESS_GIT" carepress
      - name: Check (patient information, placeholders, links, accessibility)
        run: ~/.cargo/bin/carepress check
      - name: Build
        run: ~/.cargo/bin/carepress build --base-url "${{ steps.pages.outputs.base_url }}/"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public
      - id: deploy
        uses: actions/deploy-pages@v4
"#;

/// Writes the workflow for `kind` into the site at `dir`; never overwrites.
pub fn write(dir: &Path, kind: CiKind) -> Result<PathBuf> {
    let (rel, text) = match kind {
        CiKind::Github => (".github/workflows/carepress.yml", GITHUB_WORKFLOW),
    };
    let path = dir.join(rel);
    if path.exists() {
        return Err(Error::Usage(format!("{} already exists; delete it first to write a new one", path.display())));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}
