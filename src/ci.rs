//! `carepress init --ci github|gitlab|netlify|cloudflare`: the file a host
//! or CI system reads to check, build and publish the site on every push
//! and, where the host can, every hour (scheduled and expiring pages change
//! the site without an edit). Every one runs `carepress check` before
//! `carepress build`, so a page with patient information or a starter
//! placeholder never reaches patients.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Hosts `init --ci` writes a configuration for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CiKind {
    /// GitHub Actions, publishing to GitHub Pages (.github/workflows/carepress.yml).
    Github,
    /// GitLab CI/CD, publishing to GitLab Pages (.gitlab-ci.yml).
    Gitlab,
    /// Netlify, which builds the site itself (netlify.toml).
    Netlify,
    /// Cloudflare Pages, built by GitHub Actions and uploaded with Wrangler
    /// (.github/workflows/carepress-cloudflare.yml).
    Cloudflare,
}

impl CiKind {
    /// The file `init --ci` writes, relative to the site folder.
    pub fn file(self) -> &'static str {
        match self {
            CiKind::Github => ".github/workflows/carepress.yml",
            CiKind::Gitlab => ".gitlab-ci.yml",
            CiKind::Netlify => "netlify.toml",
            CiKind::Cloudflare => ".github/workflows/carepress-cloudflare.yml",
        }
    }

    fn text(self) -> String {
        match self {
            CiKind::Github => GITHUB_WORKFLOW.replace("{INSTALL_AND_CHECK}\n", INSTALL_AND_CHECK),
            CiKind::Gitlab => GITLAB_CI.to_string(),
            CiKind::Netlify => NETLIFY_TOML.to_string(),
            CiKind::Cloudflare => CLOUDFLARE_WORKFLOW.replace("{INSTALL_AND_CHECK}\n", INSTALL_AND_CHECK),
        }
    }
}

/// Steps both GitHub Actions workflows share: install carepress once (cached),
/// restore the drawn images (social cards, icons, WebP variants) of the last
/// run, and run `check`, so a page with patient information never deploys.
/// The images' cache is keyed by the site's sources: an unchanged site (the
/// hourly run) restores it whole and saves nothing; after an edit the newest
/// entry is restored and only the changed pages' cards are drawn (a cold
/// build of 10,000 pages draws for a minute or more, a warm one takes
/// seconds).
const INSTALL_AND_CHECK: &str = r#"      - name: Restore the drawn images (social cards, icons, WebP variants)
        uses: actions/cache@v4
        with:
          path: .carepress-cache
          key: carepress-images-${{ hashFiles('site.toml', 'content/**', 'static/**', 'templates/**', 'themes/**') }}
          restore-keys: carepress-images-
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
"#;

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
{INSTALL_AND_CHECK}
      - name: Build
        run: ~/.cargo/bin/carepress build --base-url "${{ steps.pages.outputs.base_url }}/"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public
      - id: deploy
        uses: actions/deploy-pages@v4
"#;

/// GitLab CI/CD publishing to GitLab Pages: a job named `pages` whose
/// `public/` artifact GitLab serves. `$CI_PAGES_URL` is the Pages address
/// (project path or unique domain included). A schedule cannot be written in
/// `.gitlab-ci.yml`; the first lines say where to add one.
const GITLAB_CI: &str = r#"# Checks, builds and publishes the site to GitLab Pages on every push to the
# default branch. Written by `carepress init --ci gitlab`.
#
# Once, in the GitLab project:
# 1. Settings > CI/CD > Variables: add CAREPRESS_GIT with the address of the
#    carepress repository to install it from.
# 2. Build > Pipeline schedules > New schedule: interval pattern "7 * * * *"
#    (every hour), target branch: the default branch. Scheduled pages go live
#    and expiring ones leave only when the site is rebuilt, and GitLab reads
#    schedules from its settings, not from this file.
#    (`carepress schedule --next` prints when the next change is due.)
#
# The site is built for GitLab's Pages address ($CI_PAGES_URL). With your own
# domain, put it in site.toml's base_url and remove --base-url below.
# The first pipeline compiles carepress (several minutes) and caches it, with
# the images it draws (social cards, icons, WebP variants), so later pipelines
# draw only what changed; to update carepress, use "Clear runner caches" on
# the Build > Pipelines page.

pages:
  image: rust:1
  cache:
    key: carepress
    paths:
      - .carepress/
      - .carepress-cache/
  script:
    - |
      if [ ! -x .carepress/bin/carepress ]; then
        if [ -z "$CAREPRESS_GIT" ]; then echo "Set the CI/CD variable CAREPRESS_GIT (see the top of .gitlab-ci.yml)"; exit 1; fi
        cargo install --locked --root .carepress --git "$CAREPRESS_GIT" carepress
      fi
    # Check (patient information, placeholders, links, accessibility), then build.
    - .carepress/bin/carepress check
    - .carepress/bin/carepress build --base-url "${CI_PAGES_URL%/}/"
  artifacts:
    paths:
      - public
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
"#;

/// Netlify builds the site itself. Its build image has no Rust toolchain
/// unless the repository holds a Cargo.toml, so the command installs one with
/// rustup when needed and compiles carepress into `.carepress/`, which
/// `netlify-plugin-cache` keeps between builds with the drawn images
/// (`.carepress-cache/`). Production builds use the
/// site's address (`$URL`), deploy previews and branch deploys their own
/// (`$DEPLOY_PRIME_URL`). Netlify has no schedule; the first lines say how to
/// rebuild hourly through a build hook.
const NETLIFY_TOML: &str = r#"# Checks, builds and publishes the site on Netlify on every push (other
# branches and pull requests get previews at their own address). Written by
# `carepress init --ci netlify`.
#
# Once, in the Netlify site's settings:
# 1. Site configuration > Environment variables: add CAREPRESS_GIT with the
#    address of the carepress repository to install it from.
# 2. Scheduled pages go live and expiring ones leave only when the site is
#    rebuilt, and Netlify cannot rebuild on a schedule by itself. Under Site
#    configuration > Build & deploy > Build hooks, add a hook, then have any
#    always-on computer call it every hour, e.g. this crontab line:
#      7 * * * *  curl -fsS -X POST -d '{}' https://api.netlify.com/build_hooks/YOUR_HOOK_ID
#    (`carepress schedule --next` prints when the next change is due.)
#
# Netlify has no Rust compiler by default: the first build installs one with
# rustup and compiles carepress (several minutes); the cache plugin below keeps
# the compiled carepress and the images it draws (social cards, icons, WebP
# variants) so later builds take seconds. To update carepress,
# use "Clear cache and deploy site".

[build]
  publish = "public"
  command = """\
    set -e; \
    if [ ! -x .carepress/bin/carepress ]; then \
      if [ -z "$CAREPRESS_GIT" ]; then echo "Set the environment variable CAREPRESS_GIT (see the top of netlify.toml)"; exit 1; fi; \
      if [ -f "$HOME/.cargo/env" ]; then . "$HOME/.cargo/env"; fi; \
      if ! command -v rustup >/dev/null; then \
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain none; \
        . "$HOME/.cargo/env"; \
      fi; \
      rustup toolchain install stable --profile minimal; \
      cargo +stable install --locked --root .carepress --git "$CAREPRESS_GIT" carepress; \
    fi; \
    base="$URL"; \
    if [ "$CONTEXT" != production ]; then base="$DEPLOY_PRIME_URL"; fi; \
    .carepress/bin/carepress check; \
    .carepress/bin/carepress build --base-url "${base%/}/"\
    """

[[plugins]]
  package = "netlify-plugin-cache"
  [plugins.inputs]
    paths = [".carepress", ".carepress-cache"]
"#;

/// Cloudflare Pages' build image has no Rust toolchain, so GitHub Actions
/// builds the site and uploads `public/` with Wrangler (Cloudflare's "Direct
/// Upload", through `cloudflare/wrangler-action`). The site is built for
/// site.toml's `base_url`.
const CLOUDFLARE_WORKFLOW: &str = r#"# Checks, builds and publishes the site to Cloudflare Pages on every push to
# main and every hour (scheduled pages go live and expiring ones leave by
# themselves). Written by `carepress init --ci cloudflare`.
#
# Cloudflare's own builds have no Rust compiler, so GitHub Actions builds the
# site and uploads public/ to Cloudflare ("Direct Upload"). Once:
# 1. In Cloudflare, create a Pages project for direct upload with production
#    branch main (Workers & Pages > Create > Pages > upload assets, or
#    `npx wrangler pages project create NAME --production-branch main`), and
#    an API token with the permission Account > Cloudflare Pages > Edit.
# 2. In the repository's Settings > Secrets and variables > Actions, add the
#    secrets CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID, and the variables
#    CLOUDFLARE_PROJECT_NAME (the Pages project's name) and CAREPRESS_GIT (the
#    address of the carepress repository to install it from).
# 3. site.toml's base_url is the site's address: https://NAME.pages.dev/ or
#    your own domain.
name: Publish the site to Cloudflare Pages

on:
  push:
    branches: [main]
  schedule:
    - cron: "7 * * * *"   # hourly; see `carepress schedule --next` for the next change
  workflow_dispatch:

permissions:
  contents: read
  deployments: write

concurrency:
  group: cloudflare-pages
  cancel-in-progress: false

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
{INSTALL_AND_CHECK}
      - name: Build
        run: ~/.cargo/bin/carepress build
      - name: Upload to Cloudflare Pages
        uses: cloudflare/wrangler-action@v4
        with:
          apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}
          accountId: ${{ secrets.CLOUDFLARE_ACCOUNT_ID }}
          command: pages deploy public --project-name=${{ vars.CLOUDFLARE_PROJECT_NAME }} --branch=main
"#;

/// Fails (exit 2) if the file `kind` writes already exists in `dir`, so
/// `init` can refuse before it writes anything.
pub fn refuse_existing(dir: &Path, kind: CiKind) -> Result<()> {
    let path = dir.join(kind.file());
    if path.exists() {
        return Err(Error::Usage(format!("{} already exists; delete it first to write a new one", path.display())));
    }
    Ok(())
}

/// Writes the configuration for `kind` into the site at `dir`; never overwrites.
pub fn write(dir: &Path, kind: CiKind) -> Result<PathBuf> {
    refuse_existing(dir, kind)?;
    let path = dir.join(kind.file());
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(&path, kind.text()).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}
