//! `carepress init --ci gitlab|netlify|cloudflare` (issue 15, "deploying for
//! real"). Each test drives the real binary, reads what it wrote with real
//! parsers (serde_norway, toml) and, where the host's commands are plain shell,
//! runs them: against the real carepress (a fresh starter fails `check`, so
//! nothing is built) and against a stand-in that records its arguments (the
//! address `build` is given).
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::carepress;

/// `init site --ci HOST` in a fresh temp folder: (tempdir, site root, file text).
fn init_with(host: &str, file: &str) -> (tempfile::TempDir, PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let r = carepress(&["init", "site", "--ci", host], tmp.path());
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let root = tmp.path().join("site");
    assert!(root.join("site.toml").exists(), "the site is written too");
    assert!(r.stdout.contains(file), "says where the file is: {}", r.stdout);
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    (tmp, root, text)
}

/// Runs a shell command in `cwd` with `env`; (exit code, stdout + stderr).
fn sh(cmd: &str, cwd: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let mut c = Command::new("sh");
    c.arg("-c").arg(cmd).current_dir(cwd).env("NO_COLOR", "1");
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("run sh");
    (out.status.code().unwrap_or(-1), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// Puts an executable at `path`: the real carepress, or (`None`) a stand-in
/// that appends its arguments to `$LOG` and succeeds.
fn install_carepress(path: &Path, real: bool) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(path);
    if real {
        std::os::unix::fs::symlink(crate::support::bin(), path).unwrap();
    } else {
        std::fs::write(path, "#!/bin/sh\necho \"$*\" >> \"$LOG\"\n").unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// Runs `cmds` in order as a CI job does, stopping at the first failure;
/// (exit code of the last one run, its output).
fn run_job(cmds: &[&str], cwd: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let mut last = (0, String::new());
    for cmd in cmds {
        last = sh(cmd, cwd, env);
        if last.0 != 0 {
            break;
        }
    }
    last
}

fn log_lines(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log).unwrap_or_default().lines().map(str::to_owned).collect()
}

/// A GitHub Actions workflow `init --ci` wrote: it runs on push, by hand and
/// on a schedule (scheduled posts go live); its `publish` job's steps.
pub(crate) fn publish_steps(text: &str) -> Vec<serde_norway::Value> {
    let wf: serde_norway::Value = serde_norway::from_str(text).unwrap();
    let on = &wf["on"];
    assert!(on.get("push").is_some() && on.get("workflow_dispatch").is_some(), "{on:?}");
    assert!(on["schedule"][0]["cron"].as_str().is_some_and(|c| c.split_whitespace().count() == 5), "a schedule: {on:?}");
    wf["jobs"]["publish"]["steps"].as_sequence().unwrap().clone()
}

fn position(cmds: &[&str], needle: &str) -> usize {
    cmds.iter().position(|c| c.contains(needle)).unwrap_or_else(|| panic!("{needle} in {cmds:?}"))
}

#[test]
fn gitlab_publishes_public_through_pages_after_check() {
    let (tmp, root, text) = init_with("gitlab", ".gitlab-ci.yml");
    let ci: serde_norway::Value = serde_norway::from_str(&text).unwrap();
    let job = &ci["pages"];
    assert!(job["image"].as_str().is_some_and(|i| i.starts_with("rust")), "built with the Rust image: {job:?}");
    let artifacts: Vec<&str> = job["artifacts"]["paths"].as_sequence().unwrap().iter().filter_map(|p| p.as_str()).collect();
    assert_eq!(artifacts, ["public"], "GitLab Pages serves the `public` artifact");
    let cached: Vec<&str> = job["cache"]["paths"].as_sequence().unwrap().iter().filter_map(|p| p.as_str()).collect();
    assert_eq!(cached, [".carepress/", ".carepress-cache/"], "carepress and the images it draws are cached");
    let rule = job["rules"][0]["if"].as_str().unwrap();
    assert!(rule.contains("$CI_DEFAULT_BRANCH"), "publishes from the default branch (pushes and schedules): {rule}");
    let script: Vec<&str> = job["script"].as_sequence().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert!(position(&script, "carepress check") < position(&script, "carepress build"), "check runs before build");
    assert!(script[position(&script, "carepress build")].contains("CI_PAGES_URL"), "builds for the Pages address");
    assert!(text.contains("Pipeline schedules") && text.contains("7 * * * *"), "says how to add the hourly schedule");

    // Without carepress and without CAREPRESS_GIT the job stops and says what to set.
    let (code, out) = run_job(&script, &root, &[("CAREPRESS_GIT", "")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("CAREPRESS_GIT"), "{out}");

    // With the real carepress, a fresh starter fails `check`: nothing is built.
    let bin = root.join(".carepress/bin/carepress");
    install_carepress(&bin, true);
    let (code, out) = run_job(&script, &root, &[("CI_PAGES_URL", "https://group.gitlab.io/site")]);
    assert_eq!(code, 1, "check fails on the starter's placeholders: {out}");
    assert!(out.contains("publish/"), "{out}");
    assert!(!root.join("public").exists(), "nothing is published when check fails");

    // When check passes, build gets the Pages address with its path.
    install_carepress(&bin, false);
    let log = tmp.path().join("log");
    let (code, out) = run_job(&script, &root, &[("CI_PAGES_URL", "https://group.gitlab.io/site"), ("LOG", log.to_str().unwrap())]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(log_lines(&log), ["check", "build --base-url https://group.gitlab.io/site/"]);
}

#[test]
fn netlify_builds_with_rustup_and_publishes_public_after_check() {
    let (tmp, root, text) = init_with("netlify", "netlify.toml");
    let conf: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(conf["build"]["publish"].as_str(), Some("public"));
    let command = conf["build"]["command"].as_str().unwrap();
    assert!(!command.contains('\n'), "one command line: {command}");
    let check = command.find("carepress check").expect("runs check");
    let build = command.find("carepress build").expect("runs build");
    assert!(check < build, "check runs before build: {command}");
    assert!(command.contains("rustup") && command.contains("cargo +stable install"), "installs Rust when needed: {command}");
    let plugin = &conf["plugins"][0];
    assert_eq!(plugin["package"].as_str(), Some("netlify-plugin-cache"));
    assert_eq!(plugin["inputs"]["paths"][0].as_str(), Some(".carepress"), "the folder carepress is installed into is cached");
    assert_eq!(plugin["inputs"]["paths"][1].as_str(), Some(".carepress-cache"), "so are the images it draws");
    assert!(command.contains("--root .carepress"));
    assert!(text.contains("Build hooks") && text.contains("api.netlify.com/build_hooks/"), "says how to rebuild hourly");

    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let home = home.to_str().unwrap();
    let (code, out) = sh(command, &root, &[("HOME", home), ("CAREPRESS_GIT", "")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("CAREPRESS_GIT"), "{out}");

    let bin = root.join(".carepress/bin/carepress");
    install_carepress(&bin, true);
    let (code, out) = sh(command, &root, &[("HOME", home), ("CONTEXT", "production"), ("URL", "https://practice.netlify.app")]);
    assert_eq!(code, 1, "check fails on the starter's placeholders: {out}");
    assert!(!root.join("public").exists(), "nothing is published when check fails");

    install_carepress(&bin, false);
    let log = tmp.path().join("log");
    let log_s = log.to_str().unwrap();
    let (code, out) =
        sh(command, &root, &[("HOME", home), ("LOG", log_s), ("CONTEXT", "production"), ("URL", "https://practice.netlify.app")]);
    assert_eq!(code, 0, "{out}");
    let preview = [
        ("HOME", home),
        ("LOG", log_s),
        ("CONTEXT", "deploy-preview"),
        ("URL", "https://practice.netlify.app"),
        ("DEPLOY_PRIME_URL", "https://deploy-preview-3--practice.netlify.app/"),
    ];
    let (code, out) = sh(command, &root, &preview);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        log_lines(&log),
        [
            "check",
            "build --base-url https://practice.netlify.app/",
            "check",
            "build --base-url https://deploy-preview-3--practice.netlify.app/"
        ],
        "production builds for the site's address, previews for their own"
    );
}

#[test]
fn cloudflare_builds_in_github_actions_and_uploads_public_with_wrangler() {
    let (tmp, root, text) = init_with("cloudflare", ".github/workflows/carepress-cloudflare.yml");
    let steps = publish_steps(&text);
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(position(&runs, "carepress check") < position(&runs, "carepress build"), "check runs before build");
    let deploy = steps.iter().position(|s| s["uses"].as_str().is_some_and(|u| u.starts_with("cloudflare/wrangler-action@"))).unwrap();
    let build = steps.iter().position(|s| s["run"].as_str().is_some_and(|r| r.contains("carepress build"))).unwrap();
    assert!(build < deploy, "uploads what was built");
    let with = &steps[deploy]["with"];
    let command = with["command"].as_str().unwrap();
    assert!(command.starts_with("pages deploy public ") && command.contains("--project-name="), "{command}");
    assert!(with["apiToken"].as_str().unwrap().contains("secrets.CLOUDFLARE_API_TOKEN"));
    assert!(with["accountId"].as_str().unwrap().contains("secrets.CLOUDFLARE_ACCOUNT_ID"));
    assert!(!root.join(".github/workflows/carepress.yml").exists(), "not the GitHub Pages workflow");
    let images = steps.iter().position(|s| s["with"]["path"].as_str() == Some(".carepress-cache")).expect("images cached");
    assert!(images < build, "the drawn images are restored before the build");

    // The check and build steps, run as the runner would (carepress in ~/.cargo/bin).
    let home = tmp.path().join("home");
    let log = tmp.path().join("log");
    install_carepress(&home.join(".cargo/bin/carepress"), false);
    let cmds = [runs[position(&runs, "carepress check")], runs[position(&runs, "carepress build")]];
    let (code, out) = run_job(&cmds, &root, &[("HOME", home.to_str().unwrap()), ("LOG", log.to_str().unwrap())]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(log_lines(&log), ["check", "build"], "builds for site.toml's base_url");
}

#[test]
fn an_unknown_host_is_refused_with_the_valid_ones_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let r = carepress(&["init", "site", "--ci", "vercel"], tmp.path());
    assert_eq!(r.code, 2);
    for host in ["github", "gitlab", "netlify", "cloudflare"] {
        assert!(r.stderr.contains(host), "lists {host}: {}", r.stderr);
    }
    assert!(!tmp.path().join("site").exists());
    let help = carepress(&["init", "--help"], tmp.path());
    assert_eq!(help.code, 0);
    for host in ["github", "gitlab", "netlify", "cloudflare"] {
        assert!(help.stdout.contains(host), "init --help names {host}: {}", help.stdout);
    }
}

#[test]
fn an_existing_file_is_never_overwritten_and_an_existing_site_gets_just_the_file() {
    for (host, file) in [
        ("github", ".github/workflows/carepress.yml"),
        ("gitlab", ".gitlab-ci.yml"),
        ("netlify", "netlify.toml"),
        ("cloudflare", ".github/workflows/carepress-cloudflare.yml"),
    ] {
        // A folder that already has the host's file: refused before anything is written.
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        std::fs::create_dir_all(site.join(file).parent().unwrap()).unwrap();
        std::fs::write(site.join(file), "mine\n").unwrap();
        let r = carepress(&["init", "site", "--ci", host], tmp.path());
        assert_eq!(r.code, 2, "{host}: {}{}", r.stdout, r.stderr);
        assert!(r.stderr.contains("already exists"), "{}", r.stderr);
        assert_eq!(std::fs::read_to_string(site.join(file)).unwrap(), "mine\n", "{host}: untouched");
        assert!(!site.join("site.toml").exists(), "{host}: nothing else written");

        // An existing site: `init --ci` adds just the file, then refuses a second time.
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(carepress(&["init", "site"], tmp.path()).code, 0);
        let site = tmp.path().join("site");
        let before = std::fs::read(site.join("site.toml")).unwrap();
        let r = carepress(&["init", "site", "--ci", host], tmp.path());
        assert_eq!(r.code, 0, "{host}: {}{}", r.stdout, r.stderr);
        assert!(!r.stdout.contains("Created"), "{}", r.stdout);
        assert!(site.join(file).exists());
        assert_eq!(std::fs::read(site.join("site.toml")).unwrap(), before);
        let r = carepress(&["init", "site", "--ci", host], tmp.path());
        assert_eq!(r.code, 2, "{host}: a second time is refused");
    }
    // Without --ci an existing site is refused as before.
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(carepress(&["init", "site"], tmp.path()).code, 0);
    assert_eq!(carepress(&["init", "site"], tmp.path()).code, 2);
}
