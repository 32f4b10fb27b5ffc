//! Command-line interface (clap derive) and the glue from each command to
//! the library.

use carepress::build::{self, SiteOptions};
use carepress::error::{Error, Result};
use carepress::scaffold::{self, NewKind};
use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};

/// A static site generator for medical practices.
#[derive(Parser, Debug)]
#[command(name = "carepress", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Options of every command that reads content.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Site folder (holds site.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Pretend it is this time: a date (YYYY-MM-DD) or an RFC 3339 time.
    #[arg(long)]
    pub now: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a new practice site in DIR (default: the current folder).
    Init {
        dir: Option<PathBuf>,
        /// Also write the file a host reads to check, build and publish the
        /// site on every push and, where the host can, every hour: github
        /// (GitHub Pages), gitlab (GitLab Pages), netlify, or cloudflare
        /// (Cloudflare Pages, built by GitHub Actions). In a folder that
        /// already holds a site, writes only that file. Its first lines list
        /// the one-time settings.
        #[arg(long, value_enum, value_name = "HOST")]
        ci: Option<carepress::ci::CiKind>,
    },
    /// Build the site into the output folder (atomically).
    Build {
        #[command(flatten)]
        common: Common,
        /// Output folder (default: [build] output_dir, "public").
        #[arg(long)]
        output: Option<PathBuf>,
        /// Use this base URL instead of site.toml's.
        #[arg(long)]
        base_url: Option<String>,
        /// Include draft pages.
        #[arg(long)]
        drafts: bool,
        /// Include pages dated in the future.
        #[arg(long)]
        future: bool,
        /// Replace the output folder even if it holds files carepress did not
        /// write (never the site folder or its sources).
        #[arg(long)]
        force: bool,
    },
    /// Watch the site: serve it locally, rebuild and reload it on every change.
    Watch {
        #[command(flatten)]
        common: Common,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Port to listen on (the next free one if it is taken).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the watched site in the default browser.
        #[arg(long)]
        open: bool,
        /// Include draft pages.
        #[arg(long)]
        drafts: bool,
        /// Include pages dated in the future.
        #[arg(long)]
        future: bool,
    },
    /// Check content for patient information, accessibility, links, metadata, review age and social posts.
    Check {
        #[command(flatten)]
        common: Common,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Only rules starting with these prefixes (comma-separated), e.g. phi,consent.
        /// `build/*` errors are always shown: a file that fails to load is not checked.
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
        /// Show the flagged text of each finding in full (at a terminal only;
        /// never with --format json), and so the allow entry that accepts it.
        #[arg(long)]
        reveal: bool,
        /// Check draft pages too (left out by default, as `build` leaves them
        /// out; pages scheduled for later are always checked).
        #[arg(long)]
        drafts: bool,
        /// Standalone drafts to check instead of the site (a review reply, a social post).
        files: Vec<PathBuf>,
    },
    /// List scheduled and expiring pages.
    Schedule {
        #[command(flatten)]
        common: Common,
        /// Print only the next time the site changes by itself (RFC 3339).
        #[arg(long)]
        next: bool,
    },
    /// Write the compliance report for the practice's privacy officer.
    Report {
        #[command(flatten)]
        common: Common,
        /// Write the report to this file (default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
        /// HTML (a page to read or print) or JSON (for tools).
        #[arg(long, value_enum, default_value = "html")]
        format: ReportFormat,
    },
    /// Bring an existing Jekyll, Hugo, Zola or WordPress (WXR) site over into DIR.
    Import {
        /// The generator the site was made with.
        #[arg(value_enum)]
        kind: carepress::import::Kind,
        /// The site's folder (a WordPress export: the WXR .xml file). Only read, never written.
        source: PathBuf,
        /// A new or empty folder for the carepress site.
        #[arg(default_value = "carepress-site")]
        dir: PathBuf,
        /// Put the source's FROM folder or collection into section TO (e.g. blog=news); repeatable.
        #[arg(long = "section", value_name = "FROM=TO")]
        sections: Vec<String>,
        /// Print the report without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Create a new page from a template.
    New {
        /// What to create.
        #[arg(value_enum)]
        kind: NewKind,
        /// Its title.
        title: String,
        #[command(flatten)]
        common: Common,
    },
}

/// Output format of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Html,
    Json,
}

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

fn site_opts(c: &Common, drafts: bool, future: bool, base_url: Option<String>) -> SiteOptions {
    SiteOptions { root: c.root.clone(), base_url, drafts, future, now: c.now.clone() }
}

/// Runs a command; returns the exit status.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Init { dir, ci } => init(dir, ci),
        Command::Build { common, output, base_url, drafts, future, force } => build_cmd(&common, output, base_url, drafts, future, force),
        Command::Watch { common, bind, port, open, drafts, future } => {
            carepress::watch::run(&site_opts(&common, drafts, future, None), bind, port, open)
        }
        Command::Check { common, format, only, files, reveal, drafts } => check_cmd(&common, format, &only, &files, reveal, drafts),
        Command::Schedule { common, next } => schedule(&common, next),
        Command::Report { common, output, format } => report(&common, output, format),
        Command::Import { kind, source, dir, sections, dry_run } => {
            import(carepress::import::Options { kind, source, dir, sections, dry_run, check: true })
        }
        Command::New { kind, title, common } => {
            let tz = carepress::config::Config::load(&common.root).map(|c| c.tz()).unwrap_or(chrono_tz::UTC);
            let today = match &common.now {
                Some(n) => {
                    carepress::dates::parse_now(n, tz).ok_or_else(|| Error::Usage(format!("--now `{n}` is not a date")))?.date_naive()
                }
                None => carepress::dates::now_in(tz).date_naive(),
            };
            let path = scaffold::new_page(&common.root, kind, &title, today)?;
            println!("Created {} (a draft: set draft = false or build with --drafts to see it).", path.display());
            Ok(0)
        }
    }
}

/// `carepress init [--ci HOST]`: a new site, or only the host's CI file in an existing one.
fn init(dir: Option<PathBuf>, ci: Option<carepress::ci::CiKind>) -> Result<i32> {
    let dir = dir.unwrap_or_else(|| PathBuf::from("."));
    // Refuse before writing anything, so a refused init leaves the folder as it was.
    if let Some(kind) = ci {
        carepress::ci::refuse_existing(&dir, kind)?;
    }
    // `init --ci HOST` in an existing site adds just the host's file.
    let add_ci_only = ci.is_some() && scaffold::holds_site(&dir);
    if !add_ci_only {
        let files = scaffold::init(&dir)?;
        println!("Created a practice site in {} ({} files).", dir.display(), files.len());
    }
    if let Some(kind) = ci {
        let wf = carepress::ci::write(&dir, kind)?;
        println!("Wrote {}: read its first lines for the one-time settings.", wf.display());
    }
    if !add_ci_only {
        let cd = if dir == Path::new(".") { String::new() } else { format!("cd {}, ", dir.display()) };
        println!(
            "Next: {cd}put your practice's details in site.toml, preview with `carepress watch`, \
             and run `carepress check`: it lists every placeholder left to replace (see \"Before you publish\" in the README)."
        );
    }
    Ok(0)
}

/// `carepress build`: the site and a one-line summary.
fn build_cmd(common: &Common, output: Option<PathBuf>, base_url: Option<String>, drafts: bool, future: bool, force: bool) -> Result<i32> {
    let started = std::time::Instant::now();
    let opts = site_opts(common, drafts, future, base_url);
    // A relative --output is relative to the current folder (not --root),
    // as in every other command-line tool; output::folder resolves it.
    let report = build::build(&opts, output.as_deref(), force)?;
    for w in &report.warnings {
        eprintln!("{w}");
    }
    print!(
        "Built {} pages ({} files) into {} in {} ms",
        report.pages,
        report.files,
        report.output.display(),
        started.elapsed().as_millis()
    );
    if !report.warnings.is_empty() {
        print!(", {} warning(s)", report.warnings.len());
    }
    if report.pruned > 0 {
        print!(
            ", {} unused {} removed from {}",
            report.pruned,
            if report.pruned == 1 { "entry" } else { "entries" },
            carepress::graphics::cache::DIR
        );
    }
    println!(".");
    let leftovers = report.warnings.iter().filter(|w| w.rule.starts_with("publish/")).count();
    if leftovers > 0 {
        println!(
            "Not ready to publish: {leftovers} of the starter's placeholders are left (the publish/* warnings; `carepress check --only publish` lists them)."
        );
    }
    if let Some(next) = report.next_change {
        println!("Next scheduled change: {} (rebuild then).", next.to_rfc3339());
    }
    Ok(0)
}

/// `carepress check`: findings, human or JSON; exit 1 on errors.
fn check_cmd(common: &Common, format: Format, only: &[String], files: &[PathBuf], reveal: bool, drafts: bool) -> Result<i32> {
    use carepress::check;
    if reveal && matches!(format, Format::Json) {
        return Err(carepress::error::Error::Usage(
            "--reveal shows patient text and is for a terminal; it cannot be combined with --format json".into(),
        ));
    }
    let opts = site_opts(common, drafts, false, None);
    let (findings, allow) = check::run_report(&opts, only, files)?;
    let errors = findings.iter().filter(|d| d.is_error()).count();
    let tty = std::io::IsTerminal::is_terminal(&std::io::stdout());
    if reveal && !tty {
        eprintln!("note: --reveal is ignored: the output is not a terminal, and logs must not republish patient text");
    }
    match format {
        Format::Json => println!("{}", check::to_json(&findings, &allow)),
        Format::Human => print!("{}", check::to_human(&findings, tty, reveal && tty, &allow)),
    }
    Ok(if errors > 0 { 1 } else { 0 })
}

/// `carepress schedule [--next]`: the site's coming changes.
fn schedule(common: &Common, next: bool) -> Result<i32> {
    let opts = site_opts(common, false, false, None);
    let (site, _) = build::load_site(&opts)?;
    let events = carepress::schedule::upcoming(&site.content, site.now);
    if next {
        if let Some(e) = events.first() {
            println!("{}", e.at.to_rfc3339());
        }
        return Ok(0);
    }
    if events.is_empty() {
        println!("Nothing is scheduled to publish or expire, and no alert is due to end.");
    }
    for e in events {
        println!("{}  {:<9}  {}  ({})", e.at.to_rfc3339(), e.what, e.path, e.file);
    }
    Ok(0)
}

/// `carepress report`: writes the report to `output`, else standard output.
fn report(common: &Common, output: Option<PathBuf>, format: ReportFormat) -> Result<i32> {
    let format = match format {
        ReportFormat::Html => carepress::report::Format::Html,
        ReportFormat::Json => carepress::report::Format::Json,
    };
    let text = carepress::report::run(&site_opts(common, false, false, None), format)?;
    match output {
        Some(path) => {
            std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
            println!("Wrote the compliance report to {}.", path.display());
        }
        None => print!("{text}"),
    }
    Ok(0)
}

/// `carepress import`: the new site, or with --dry-run only the report.
fn import(opts: carepress::import::Options) -> Result<i32> {
    let started = std::time::Instant::now();
    let dir = opts.dir.clone();
    let out = carepress::import::run(&opts)?;
    if opts.dry_run {
        print!("{}", out.text);
        return Ok(0);
    }
    println!(
        "Imported {} pages into {} in {} ms; {} things to do are listed in {}.",
        out.report.page_count(),
        dir.display(),
        started.elapsed().as_millis(),
        out.report.todo_count(),
        dir.join("IMPORT-REPORT.md").display()
    );
    if out.report.check_errors > 0 {
        println!("`carepress check` finds {} error(s) to review (listed in the report).", out.report.check_errors);
    }
    println!("Next: `carepress build --root {}`.", dir.display());
    Ok(0)
}
