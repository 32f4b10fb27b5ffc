// The offline practice app in a real browser (issue 11, `[theme] offline = true`).
//
// Serves a built site on localhost, loads its home page in Chromium, waits
// for the service worker to control the page, then takes the browser
// offline (and stops the server, so nothing can come from the network) and
// opens the contact page, a policy, the newest tip and a page the worker
// never saw (which must be offline.html). Writes a screenshot of each and
// summary.json to OUT, and exits non-zero when a check fails. Not part of
// `cargo test`; see benches/LIGHTHOUSE.md for how to run it:
//
//   npm install --prefix /dev/shm/lh playwright-core   (no browser download)
//   node benches/offline_check.mjs SITE_OUTPUT_DIR [OUT=$SCRATCH/i11]
// (LH_DIR, default $SCRATCH/lh, is where playwright-core was installed;
// SCRATCH defaults to /dev/shm; CHROME_PATH to /usr/bin/chromium.)
//
// Pages are chosen from the worker's own PRECACHE list: the first root page
// whose path contains "contact" (else the first root page, else the home
// page), the first
// policy and the first tip listed (the newest); the uncached page is a tip
// that is not precached, else /tags/.
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const scratch = process.env.SCRATCH || "/dev/shm";
const require = createRequire(path.join(process.env.LH_DIR || path.join(scratch, "lh"), "package.json"));
const { chromium } = require("playwright-core");

const site = path.resolve(process.argv[2] || "");
const out = path.resolve(process.argv[3] || path.join(scratch, "i11"));
if (!process.argv[2] || !fs.existsSync(path.join(site, "sw.js"))) {
  console.error("usage: node benches/offline_check.mjs SITE_OUTPUT_DIR [OUT]  (a site built with [theme] offline = true)");
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

const sw = fs.readFileSync(path.join(site, "sw.js"), "utf8");
const precache = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1]);
const isPage = (u) => u.endsWith("/");
const rootPages = precache.filter((u) => isPage(u) && u !== "/" && u.split("/").length === 3);
// A site without a page directly under content/ (the init starter) has its
// contact details on the home page and in every footer: the home page then.
const contact = rootPages.find((u) => u.includes("contact")) || rootPages[0] || "/";
const policy = precache.find((u) => /^\/policies\/[^/]+\/$/.test(u));
const tip = precache.find((u) => /^\/tips\/[^/]+\/$/.test(u) && !u.startsWith("/tips/page/"));
const tipsDir = path.join(site, "tips");
const uncachedTip = fs.existsSync(tipsDir)
  ? fs.readdirSync(tipsDir).filter((d) => d !== "page" && fs.existsSync(path.join(tipsDir, d, "index.html")))
      .sort().map((d) => `/tips/${d}/`).find((u) => !precache.includes(u))
  : undefined;
const uncached = uncachedTip || "/tags/";

const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const server = spawn("python3", ["-m", "http.server", "--bind", "127.0.0.1", "--directory", site, String(port)], { stdio: "ignore" });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(base + "/")).ok) break; } catch { await new Promise((r) => setTimeout(r, 100)); }
}

const flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];
// A phone's screen (DPR 3 by default, DPR=1 for another run): the browser
// asks for wider WebP variants than the narrowest one the worker saved.
const dpr = Number(process.env.DPR || 3);
// A profile of its own (not incognito, which Chrome never installs from), fresh each run.
const profile = path.join(out, "profile");
fs.rmSync(profile, { recursive: true, force: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", headless: true, args: flags,
  viewport: { width: 412, height: 915 }, deviceScaleFactor: dpr, isMobile: true, hasTouch: true,
});
const foreign = [];
context.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreign.push(r.url()); });
const page = context.pages()[0] || (await context.newPage());
const consoleErrors = [];
page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`${page.url()}: ${m.text()}`); });

const results = { base, dpr, precached: precache.length, checks: [] };
let failed = 0;
const check = (name, ok, detail = "") => {
  results.checks.push({ name, ok, detail });
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
};

// Online: the home page installs the worker, which takes control.
await page.goto(base + "/", { waitUntil: "load" });
const state = await page.evaluate(async () => {
  const reg = await navigator.serviceWorker.ready;
  for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
  const names = await caches.keys();
  let entries = 0;
  for (const n of names) entries += (await (await caches.open(n)).keys()).length;
  return { active: reg.active && reg.active.state, controlled: !!navigator.serviceWorker.controller, names, entries };
});
check("worker active and controlling the home page", state.active === "activated" && state.controlled, JSON.stringify(state));
check("every precached URL is in the cache", state.entries >= precache.length, `${state.entries} entries, ${precache.length} precached`);
await page.screenshot({ path: path.join(out, "0-home-online.png"), fullPage: true, scale: "css" });
// Chrome's own installability verdict (Lighthouse 12 no longer reports it).
const cdp = await context.newCDPSession(page);
const manifest = await cdp.send("Page.getAppManifest").catch((e) => ({ errors: [String(e)] }));
const install = await cdp.send("Page.getInstallabilityErrors").catch((e) => ({ installabilityErrors: [{ errorId: String(e) }] }));
results.manifest = { url: manifest.url, errors: manifest.errors, installabilityErrors: install.installabilityErrors };
check("the manifest parses", !!manifest.url && (manifest.errors || []).length === 0, `${manifest.url} ${JSON.stringify(manifest.errors)}`);
check("Chrome finds the site installable", (install.installabilityErrors || []).length === 0,
  JSON.stringify((install.installabilityErrors || []).map((e) => e.errorId)));

// Offline: the browser has no network and the server is gone.
await context.setOffline(true);
server.kill();
await new Promise((r) => server.once("exit", r));

// What a page shows: its h1, title, and any image that failed to draw.
async function visit(label, url, file) {
  let status = null, error = null;
  try {
    const resp = await page.goto(base + url, { waitUntil: "load", timeout: 15000 });
    status = resp && resp.status();
  } catch (e) { error = String(e).split("\n")[0]; }
  // Lazy images load once scrolled to; give each a moment to settle.
  if (!error) {
    await page.evaluate(async () => {
      for (const i of document.images) i.loading = "eager";
      await Promise.all([...document.images].map((i) => i.decode().catch(() => {})));
    });
  }
  const info = error ? {} : await page.evaluate(() => ({
    h1: (document.querySelector("h1") || {}).textContent?.trim() || "",
    title: document.title,
    css: getComputedStyle(document.body).fontFamily,
    styled: [...document.styleSheets].some((s) => { try { return s.cssRules.length > 0; } catch { return false; } }),
    drawn: [...document.images].filter((i) => i.naturalWidth > 0).map((i) => (i.currentSrc || i.src).replace(location.origin, "")),
    brokenImages: [...document.images].filter((i) => i.naturalWidth === 0).map((i) => i.currentSrc || i.src),
    images: document.images.length,
  }));
  await page.screenshot({ path: path.join(out, file), fullPage: true, scale: "css" }).catch(() => {});
  await page.evaluate(() => window.scrollTo(0, 0)).catch(() => {});
  await page.screenshot({ path: path.join(out, file.replace(".png", "-top.png")), scale: "css" }).catch(() => {});
  return { label, url, status, error, ...info };
}

const pages = [
  [contact === "/" ? "home page (no contact page)" : "contact page", contact, "1-contact-offline.png", false],
  ["policy", policy, "2-policy-offline.png", false],
  ["newest tip", tip, "3-tip-offline.png", false],
  ["uncached page", uncached, "4-uncached-offline.png", true],
];
results.pages = [];
for (const [label, url, file, expectOffline] of pages) {
  if (!url) { check(`${label} is precached`, false, "no such page in PRECACHE"); continue; }
  const r = await visit(label, url, file);
  results.pages.push(r);
  const offlinePage = r.h1 === "You are offline";
  check(`${label} ${url} ${expectOffline ? "shows offline.html" : "is readable offline"}`,
    !r.error && r.status === 200 && offlinePage === expectOffline && !!r.h1, `h1 "${r.h1}", status ${r.status}${r.error ? ", " + r.error : ""}`);
  check(`${label} is styled offline`, !!r.styled, r.css || "");
  check(`${label} draws all its images offline`, (r.brokenImages || []).length === 0,
    `${r.images || 0} images${(r.brokenImages || []).length ? ", broken: " + r.brokenImages.join(" ") : ""}; drawn: ${(r.drawn || []).join(" ")}`);
}
check("no request left localhost", foreign.length === 0, foreign.slice(0, 5).join(" "));
results.consoleErrors = consoleErrors;
results.foreignRequests = foreign;
fs.writeFileSync(path.join(out, "summary.json"), JSON.stringify(results, null, 2));
await context.close();
fs.rmSync(profile, { recursive: true, force: true });
console.log(`${failed ? failed + " check(s) failed" : "all checks passed"}; screenshots and summary.json in ${out}`);
process.exit(failed ? 1 : 0);
