// Real-browser checks of a built site, in Debian's headless Chromium driven by playwright-core
// (no browser download). Serves the site from 127.0.0.1, then:
//   - axe-core on home, a claim page, an article page and the report: 0 violations;
//   - keyboard: skip link first, visible focus on every stop, search reachable by keyboard;
//   - search end to end: "Donbas" -> first result -> claim page -> ClaimReview JSON-LD;
//   - search for a word of the site's first claim title, over HTTP and from disk (file://, where
//     the index is read from its .js twins), and an honest message when the index cannot be read;
//   - without JavaScript the search box opens the report's list; with it the report filters;
//   - responsive: no horizontal scrolling at 360 px; screenshots at 360 and 1280 px;
//   - charts: on every claim page with a chart, at 360 and 1280 px, no two labels, bars or axis
//     labels overlap and none leaves the chart (with --charts, only this check);
//   - with --payload: bytes a cold page downloads for one search (for the 10,000-article root).
// Usage: node run.mjs SITE_DIR [--shots DIR] [--payload | --charts]
// Ends with "browser: N passed, M failed"; exit 1 on any failure.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const site = path.resolve(args[0] || 'site');
const shotsAt = args.includes('--shots') ? path.resolve(args[args.indexOf('--shots') + 1]) : null;
const payloadOnly = args.includes('--payload');
const chartsOnly = args.includes('--charts');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml' };

function serve(root) {
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, path.normalize(p));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(fs.existsSync(path.join(root, '404.html')) ? fs.readFileSync(path.join(root, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    const detail = await fn();
    passed++;
    console.log(`ok   ${name}${detail ? ': ' + detail : ''}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.message ? e.message : e}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const server = await serve(site);
const base = `http://127.0.0.1:${server.address().port}/`;
// playwright-core launches with a fresh, empty profile directory of its own.
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
// axe-core is injected as an inline script, which the pages' Content-Security-Policy forbids (as it
// should); only the axe runs bypass it. Every other check runs under the policy, so the site's own
// scripts are shown to work with it, and CSP violations are counted below.
const axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
// The same with the reader's system in dark mode (prefers-color-scheme: dark).
const axeDark = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, colorScheme: 'dark' });
const cspViolations = [];
context.on('page', p => p.on('console', m => {
  if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(p.url() + ': ' + m.text());
}));
console.log(`browser tests: ${site} on ${base} in ${executablePath} (Chromium ${browser.version()})`);

function firstFile(dir) {
  return fs.readdirSync(path.join(site, dir)).filter(f => f.endsWith('.html') && f !== 'index.html' && !f.startsWith('page-')).sort()[0];
}
const claimPage = fs.existsSync(path.join(site, 'claims/donbas-88-percent.html')) ? 'claims/donbas-88-percent.html' : 'claims/' + firstFile('claims');
const articlePage = fs.existsSync(path.join(site, 'articles/independent-2025-08-17-whats-at-stake.html'))
  ? 'articles/independent-2025-08-17-whats-at-stake.html' : 'articles/' + firstFile('articles');
const pages = { home: 'index.html', claim: claimPage, article: articlePage, report: 'report.html' };

// The rendered boxes of a chart's texts (each label, value and axis label) and marks (bar, dot,
// arrow), measured with getBoundingClientRect: any two that overlap, or one outside the chart, fail.
async function chartOverlaps(page) {
  return page.evaluate(() => {
    const problems = [];
    for (const svg of document.querySelectorAll('figure.chart svg')) {
      const frame = svg.getBoundingClientRect();
      const items = [...svg.querySelectorAll('text, .chart-mark')].map(el => ({ text: el.tagName === 'text',
        what: el.tagName === 'text' ? '"' + el.textContent.trim().slice(0, 40) + '"' : el.tagName,
        row: el.closest('.chart-row'), box: el.getBoundingClientRect() }));
      for (let i = 0; i < items.length; i++) {
        const a = items[i].box;
        if (a.left < frame.left - 0.5 || a.right > frame.right + 0.5 || a.top < frame.top - 0.5 || a.bottom > frame.bottom + 0.5) {
          problems.push(`${items[i].what} leaves the chart`);
        }
        for (let j = i + 1; j < items.length; j++) {
          const b = items[j].box;
          // A row's marks are drawn together (an arrow on its bar's end).
          if (!items[i].text && !items[j].text && items[i].row === items[j].row) continue;
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
            problems.push(`${items[i].what} overlaps ${items[j].what}`);
          }
        }
      }
    }
    return problems;
  });
}

async function checkCharts() {
  const charted = fs.readdirSync(path.join(site, 'claims')).filter(f => f.endsWith('.html')).sort()
    .filter(f => fs.readFileSync(path.join(site, 'claims', f), 'utf8').includes('class="chart"')).slice(0, 20);
  for (const width of [360, 1280]) {
    await check(`chart labels never overlap at ${width} px (${charted.length} claim pages with a chart)`, async () => {
      assert(charted.length > 0, 'no claim page has a chart');
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      let texts = 0;
      const problems = [];
      for (const f of charted) {
        await page.goto(base + 'claims/' + f);
        texts += await page.locator('figure.chart text').count();
        for (const p of await chartOverlaps(page)) problems.push(`${f}: ${p}`);
      }
      await page.close();
      assert(problems.length === 0, problems.slice(0, 5).join('; '));
      return `${texts} texts, none overlapping`;
    });
  }
}

if (chartsOnly) {
  await checkCharts();
} else if (payloadOnly) {
  await check('search payload from a cold page ("Donbas")', async () => {
    const page = await context.newPage();
    const sizes = [];
    page.on('requestfinished', async req => {
      const res = await req.response();
      const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      sizes.push({ url: req.url().replace(base, ''), bytes: body.length });
    });
    await page.goto(base + 'index.html', { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const pageBytes = sizes.reduce((s, x) => s + x.bytes, 0);
    const before = sizes.length;
    await page.fill('#search-q', 'Donbas');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results .search-status', { timeout: 20000 });
    await page.waitForTimeout(500);
    const search = sizes.slice(before);
    const searchBytes = search.reduce((s, x) => s + x.bytes, 0);
    const js = sizes.filter(x => x.url.endsWith('.js')).reduce((s, x) => s + x.bytes, 0);
    for (const x of sizes) console.log(`     ${String(x.bytes).padStart(8)}  ${x.url}`);
    const total = pageBytes + searchBytes;
    assert(searchBytes + js < 300 * 1024, `search downloads ${searchBytes + js} bytes`);
    await page.close();
    return `page ${pageBytes} B (scripts ${js} B), search ${searchBytes} B in ${search.length} files; search + scripts ${searchBytes + js} B; everything ${total} B`;
  });
} else {
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const charted = fs.readdirSync(path.join(site, 'claims')).sort()
    .find(f => fs.readFileSync(path.join(site, 'claims', f), 'utf8').includes('class="chart"'));
  const more = { 'claim with chart': charted ? 'claims/' + charted : 'none', topic: 'topics/' + firstFile('topics'), outlet: 'outlets/' + firstFile('outlets'),
    methodology: 'pages/methodology.html', corrections: 'corrections.html', articles: 'articles/index.html',
    'not found': '404.html' };
  const dark = ['home', 'claim', 'claim with chart', 'article', 'report', 'not found'];
  const runs = [...Object.entries({ ...pages, ...more }).map(([name, p]) => [name, p, axeContext, '']),
    ...Object.entries({ ...pages, ...more }).filter(([name]) => dark.includes(name)).map(([name, p]) => [name, p, axeDark, ', dark mode'])];
  for (const [name, p, ctx, mode] of runs) {
    if (!fs.existsSync(path.join(site, p))) continue;
    await check(`axe-core on ${name} (${p})${mode}`, async () => {
      const page = await ctx.newPage();
      await page.goto(base + p);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }));
      await page.close();
      const v = result.violations;
      assert(v.length === 0, v.length + ' violations: ' + v.map(x => `${x.id} (${x.nodes.length}: ${x.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')})`).join('; '));
      return `0 violations, ${result.passes.length} rules passed`;
    });
  }

  await check('keyboard: skip link first, visible focus everywhere, search reachable', async () => {
    const page = await context.newPage();
    await page.goto(base + pages.home);
    const stops = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const el = document.activeElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, text: (el.textContent || el.getAttribute('placeholder') || '').trim().slice(0, 30),
          id: el.id, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      }));
    }
    assert(stops[0].text === 'Skip to content', 'first stop is ' + JSON.stringify(stops[0]));
    const hidden = stops.filter(s => !s.outline);
    assert(hidden.length === 0, 'no visible focus on ' + JSON.stringify(hidden));
    assert(stops.some(s => s.id === 'search-q'), 'the search box is not reachable by Tab');
    await page.keyboard.press('Shift+Tab');
    await page.goto(base + pages.home);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement.id);
    assert(focused === 'main', 'the skip link moves focus to main, got ' + focused);
    await page.close();
    return `${stops.length} stops, all with a visible outline`;
  });

  await check('search "Donbas" -> claim page with ClaimReview JSON-LD', async () => {
    const page = await context.newPage();
    await page.goto(base + pages.home);
    await page.click('#search-q');
    await page.keyboard.type('Donbas');
    const link = page.locator('#search-results a.search-link').first();
    await link.waitFor({ timeout: 10000 });
    const status = await page.textContent('#search-results .search-status');
    const title = await link.textContent();
    assert(/donbas/i.test(title), 'first result is ' + title);
    await page.keyboard.press('ArrowDown');
    const focusedResult = await page.evaluate(() => document.activeElement.textContent);
    assert(focusedResult === title, 'ArrowDown focuses the first result, got ' + focusedResult);
    await Promise.all([page.waitForURL(/claims\/.+\.html$/), page.keyboard.press('Enter')]);
    const url = page.url();
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    assert(ld['@type'] === 'ClaimReview', '@type ' + ld['@type']);
    for (const k of ['claimReviewed', 'datePublished', 'url', 'author', 'itemReviewed', 'reviewRating']) {
      assert(ld[k], 'JSON-LD lacks ' + k);
    }
    assert(ld.reviewRating.alternateName, 'reviewRating lacks alternateName');
    assert(ld.itemReviewed['@type'] === 'Claim' && ld.itemReviewed.appearance && ld.itemReviewed.firstAppearance,
      'itemReviewed is not a Claim with appearances');
    const canonical = await page.getAttribute('link[rel=canonical]', 'href');
    assert(ld.url === canonical, `url ${ld.url} is not the canonical ${canonical}`);
    await page.close();
    return `${status.trim()} -> ${url.replace(base, '')}: ${ld.reviewRating.alternateName} (${ld.reviewRating.ratingValue}/${ld.reviewRating.bestRating})`;
  });

  // A word the site being tested contains, whatever its content: the longest word of the first
  // claim page's title.
  const firstClaim = 'claims/' + firstFile('claims');
  const titleWords = ((fs.readFileSync(path.join(site, firstClaim), 'utf8').match(/<h1>([^<]*)<\/h1>/) || [])[1] || '')
    .replace(/&#?\w+;/g, ' ').normalize('NFD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u)
    .filter(w => /\p{L}/u.test(w) && w.length >= 4).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const word = titleWords[0];

  async function searchFor(page, q) {
    await page.fill('#search-q', q);
    await page.press('#search-q', 'Enter');
    await page.locator('#search-results .search-status').waitFor({ timeout: 10000 });
    return (await page.textContent('#search-results .search-status')).trim();
  }

  for (const [where, open] of [['over HTTP', p => base + p], ['from disk (file://)', p => pathToFileURL(path.join(site, p)).href]]) {
    await check(`search ${where} finds "${word}" (from the title of ${firstClaim})`, async () => {
      assert(word, 'the first claim page has no title word to search for');
      const page = await context.newPage();
      const found = [];
      // From the home page and from a page one folder down: the index is found from either.
      for (const p of ['index.html', firstClaim]) {
        await page.goto(open(p));
        const status = await searchFor(page, word);
        assert(/results? for/.test(status), `${p}: ${status}`);
        const link = page.locator('#search-results a.search-link').first();
        const target = new URL(await link.getAttribute('href'), page.url());
        await Promise.all([page.waitForURL(target.href), link.click()]);
        assert((await page.textContent('h1')).trim().length > 0, 'the first result opens a page: ' + target.href);
        found.push(status);
      }
      await page.close();
      return found.join(' / ');
    });
  }

  await check('search says so when its index cannot be read, instead of "no match"', async () => {
    const page = await context.newPage();
    await page.route(/\/search\/[td]\/[^/]+\.json$/, route => route.abort());
    await page.goto(base + 'index.html');
    const status = await searchFor(page, word);
    await page.close();
    assert(/cannot read its index/.test(status) && !/^No claim/.test(status), status);
    return status;
  });

  await check('report filters by status, topic and outlet', async () => {
    const page = await context.newPage();
    await page.goto(base + 'report.html');
    const chunks = await page.getAttribute('#filters', 'data-chunks');
    if (chunks) {
      // A paged report: the filter loads every claim's row from report/rows/ and lists the matches.
      const total = Number((await page.locator('#conflicting h2 .count').textContent()).replace(/\D/g, ''));
      await page.selectOption('#f-status', 'conflicting');
      await page.locator('#filter-count', { hasText: 'match' }).waitFor({ timeout: 20000 });
      const counted = await page.locator('#filter-count').textContent();
      const listed = await page.locator('#filter-results li[data-status=conflicting]').count();
      assert(counted.startsWith(total + ' of '), `"${counted}" for ${total} conflicting claims`);
      assert(listed === Math.min(total, 500), `${listed} listed of ${total}`);
      assert(await page.locator('#conflicting').isHidden(), 'the previews are hidden while filtering');
      // The rows link to claim pages where the page's data-claim says they are.
      const first = await page.locator('#filter-results li a').first().getAttribute('href');
      const reply = await page.request.get(new URL(first, page.url()).href);
      assert(reply.ok(), `a listed claim's link ${first} answers ${reply.status()}`);
      const outlet = await page.locator('#f-outlet option').nth(1).getAttribute('value');
      await page.selectOption('#f-outlet', outlet);
      await page.locator('#filter-count', { hasText: 'match' }).waitFor();
      const byOutlet = await page.locator('#filter-results li').count();
      assert(byOutlet > 0 && byOutlet <= listed, `outlet ${outlet}: ${byOutlet}`);
      assert(page.url().includes('outlet=' + outlet), 'the filter is kept in the address');
      await page.close();
      return `paged report, ${chunks} row chunks: conflicting ${total} (${listed} listed); ${outlet} ${byOutlet}`;
    }
    const all = await page.locator('.status-group li[data-status]:visible').count();
    // The first status that holds some claims but not all, so the filter must really narrow the list.
    const options = await page.$$eval('#f-status option', os => os.map(o => o.value).filter(Boolean));
    let status = null;
    for (const s of options) {
      const n = await page.locator('#' + s + ' li[data-status]').count();
      if (n > 0 && n < all) { status = s; break; }
    }
    assert(status, 'some status holds some claims but not all');
    await page.selectOption('#f-status', status);
    const shown = await page.locator('.status-group li[data-status]:visible').count();
    const expected = await page.locator('#' + status + ' li[data-status]').count();
    assert(shown === expected && shown < all, `${status} ${shown}, expected ${expected} of ${all}`);
    await page.selectOption('#f-status', '');
    const outlet = await page.locator('#f-outlet option').nth(1).getAttribute('value');
    await page.selectOption('#f-outlet', outlet);
    const byOutlet = await page.locator('.status-group li[data-status]:visible').count();
    assert(byOutlet > 0 && byOutlet <= all, `outlet ${outlet}: ${byOutlet}`);
    assert(page.url().includes('outlet=' + outlet), 'the filter is kept in the address');
    await page.close();
    return `${all} claims; ${status} ${shown}; ${outlet} ${byOutlet}`;
  });

  await check('without JavaScript the search box opens the report list', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(base + pages.claim);
    await p.fill('#search-q', 'Donbas');
    await Promise.all([p.waitForURL(/report\.html\?q=Donbas/), p.press('#search-q', 'Enter')]);
    const items = await p.locator('.status-group li[data-status]').count();
    const filters = await p.locator('#filters').isVisible();
    await noJs.close();
    assert(items > 0 && !filters, `items ${items}, filter form visible ${filters}`);
    return `report.html?q=Donbas lists ${items} claims`;
  });

  await check('search results fit a 360 px phone', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(base + pages.article);
    await page.fill('#search-q', 'security guarantees');
    await page.locator('#search-results a.search-link').first().waitFor({ timeout: 10000 });
    const box = await page.locator('#search-results').boundingBox();
    if (shotsAt) {
      fs.mkdirSync(shotsAt, { recursive: true });
      await page.screenshot({ path: path.join(shotsAt, 'search-360.png') });
    }
    await page.close();
    assert(box.x >= 0 && box.x + box.width <= 360, `results span ${box.x}..${box.x + box.width}`);
    return `results box ${Math.round(box.width)} px wide`;
  });

  await check('404 page is served for unknown addresses', async () => {
    const page = await context.newPage();
    const res = await page.goto(base + 'claims/no-such-claim.html');
    assert(res.status() === 404, 'status ' + res.status());
    assert((await page.textContent('h1')).includes('Page not found'), 'no 404 heading');
    await page.close();
  });

  await checkCharts();

  await check('claim page: share links load nothing from another host; "Copy link" copies the address', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
    const page = await ctx.newPage();
    const elsewhere = [];
    page.on('request', r => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
    await page.goto(base + pages.claim, { waitUntil: 'load' });
    const links = await page.$$eval('.share a', as => as.map(a => a.getAttribute('href')));
    const foreign = await page.$$eval('.share img, .share iframe, .share script, .share object', es => es.length);
    assert(foreign === 0, `${foreign} images, frames or scripts in the share block`);
    const button = page.locator('[data-copy-link]');
    assert(await button.isVisible(), 'the "Copy link" button is shown when scripts run');
    await button.click();
    await page.locator('.copy-status', { hasText: /copied|copy/ }).waitFor({ timeout: 5000 });
    const status = (await page.textContent('.copy-status')).trim();
    const copied = /copied/.test(status) ? await page.evaluate(() => navigator.clipboard.readText()) : '';
    const canonical = await page.$eval('link[rel=canonical]', l => l.href).catch(() => page.url());
    await ctx.close();
    assert(elsewhere.length === 0, 'requests to other hosts: ' + elsewhere.join(', '));
    assert(!copied || copied === canonical, `copied ${copied}, expected ${canonical}`);
    return `${links.length} share links, no request elsewhere; ${status}${copied ? ' (' + copied + ')' : ''}`;
  });

  for (const width of [360, 1280]) {
    for (const [name, p] of Object.entries(pages)) {
      await check(`responsive at ${width} px: ${name}`, async () => {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(base + p);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        if (shotsAt && name !== 'report') {
          fs.mkdirSync(shotsAt, { recursive: true });
          await page.screenshot({ path: path.join(shotsAt, `${name}-${width}.png`), fullPage: true });
          await page.screenshot({ path: path.join(shotsAt, `${name}-${width}-top.png`) });
        }
        await page.close();
        assert(scroll <= width, `page is ${scroll} px wide`);
        return `width ${scroll} px`;
      });
    }
  }
}

if (!payloadOnly && !chartsOnly) {
  await check('no Content-Security-Policy violation on any page visited', async () => {
    assert(cspViolations.length === 0, cspViolations.slice(0, 3).join('; '));
    return 'none';
  });
}

await browser.close();
server.close();
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
