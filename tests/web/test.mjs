/* test.mjs -- drives the demo page (GET /) in Debian's headless Chromium with
 * playwright-core against a bylined of its own. Every expected count comes
 * from the /v1/extract response the page itself received, so the test checks
 * that the page draws what the API returned, not fixed numbers.
 *
 * Run: make web-test (or: npm install && node --test test.mjs here, after
 * make all). Environment: BYLINE_SERVER (default bin/bylined), CHROMIUM
 * (default /usr/bin/chromium). Screenshot: build/web/byline-demo.png. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const SERVER = path.resolve(ROOT, process.env.BYLINE_SERVER || 'bin/bylined');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOT = path.join(ROOT, 'build/web/byline-demo.png');
const FIXTURE = readFileSync(path.join(HERE, 'fixture.txt'), 'utf8');
/* Small, so that the error test can provoke a real 413 from the server. */
const MAX_BODY = 64 * 1024;
const TIMEOUT = 60000;

/* The network is closed: without these Chromium waits on update checks. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server, base, browser;

/* Starts bylined on a free port and resolves with the port it logs. */
function startServer() {
    return new Promise((resolve, reject) => {
        const proc = spawn(SERVER, ['--port', '0', '--data', 'data', '--web', 'web', '--max-body', String(MAX_BODY)],
            { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
        let buf = '';
        const timer = setTimeout(() => reject(new Error('bylined did not log "listening" within 20 s')), 20000);
        proc.on('error', (e) => { clearTimeout(timer); reject(new Error('cannot start ' + SERVER + ': ' + e.message)); });
        proc.on('exit', (code) => { clearTimeout(timer); reject(new Error('bylined exited early with ' + code + ': ' + buf)); });
        proc.stderr.on('data', (chunk) => {
            buf += chunk;
            for (const line of buf.split('\n')) {
                let j;
                try { j = JSON.parse(line); } catch { continue; }
                if (j.msg === 'listening' && j.port) {
                    clearTimeout(timer);
                    proc.stderr.removeAllListeners('data');
                    proc.stderr.resume();
                    proc.removeAllListeners('exit');
                    resolve({ proc, port: j.port });
                    return;
                }
            }
        });
    });
}

before(async () => {
    const s = await startServer();
    server = s.proc;
    base = 'http://127.0.0.1:' + s.port;
    /* playwright gives the browser a fresh temporary profile of its own. */
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
    if (browser)
        await browser.close();
    if (server) {
        const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
        server.kill('SIGTERM');
        assert.deepEqual(await exited, { code: 0, signal: null }, 'bylined exits 0 on SIGTERM');
    }
});

/* A fresh page that records page errors, console errors and any request
 * that leaves this server (the page must need nothing from outside). */
async function openPage() {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
            problems.push('console: ' + m.text());
    });
    page.on('request', (r) => {
        if (!r.url().startsWith(base + '/') && !r.url().startsWith('data:'))
            problems.push('outside request: ' + r.url());
    });
    await page.goto(base + '/');
    await page.waitForSelector('body[data-state="ready"]');
    return { page, problems };
}

/* Submits text through the form; returns the JSON the page received. */
async function submit(page, text) {
    await page.fill('#article', text);
    const [res] = await Promise.all([
        page.waitForResponse((r) => r.url().startsWith(base + '/v1/extract')),
        page.click('#submit'),
    ]);
    const body = await res.json();
    await page.waitForSelector('body[data-state="done"], body[data-state="error"]');
    return { status: res.status(), body, request: res.request() };
}

const list = (x) => (Array.isArray(x) ? x : []);

/* What the page should highlight, keyed as app.js keys its marks. */
function expectedMarks(r) {
    const m = new Map();
    for (const a of list(r.actors))
        list(a.mentions).forEach((s, j) => m.set(`actor:${a.id}:${j}`, s.text));
    for (const l of list(r.locations))
        list(l.mentions).forEach((s, j) => m.set(`loc:${l.id}:${j}`, s.text));
    for (const q of list(r.quotes))
        (list(q.parts).length ? q.parts : [q]).forEach((s, j) => m.set(`quote:${q.id}:${j}`, s.text));
    for (const c of list(r.claims))
        m.set(`claim:${c.id}`, c.text);
    list(r.entities).forEach((e, i) => {
        if (!e.ref && !e.actor && !e.location)
            m.set(`ent:${i}`, e.text);
    });
    return m;
}

/* What the page did highlight: each mark key with the text of its pieces. */
function renderedMarks(page) {
    return page.evaluate(() => {
        const out = {};
        for (const n of document.querySelectorAll('#text [data-keys]'))
            for (const k of n.dataset.keys.split(' '))
                out[k] = (out[k] || '') + n.textContent;
        return out;
    });
}

function countBy(keys) {
    const c = {};
    for (const k of keys)
        c[k.split(':')[0]] = (c[k.split(':')[0]] || 0) + 1;
    return c;
}

test('the page loads with labelled, keyboard-reachable controls', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await openPage();
    for (const id of ['sample', 'article']) {
        const label = await page.locator(`label[for="${id}"]`).textContent();
        assert.ok(label.trim().length > 0, `#${id} has a label`);
    }
    assert.ok((await page.locator('#submit').textContent()).trim().length > 0, 'the button has a name');
    assert.ok(await page.locator('#sample option').count() > 1, 'samples are offered');
    const reached = [];
    for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement.id));
    }
    for (const id of ['sample', 'article', 'submit'])
        assert.ok(reached.includes(id), `Tab reaches #${id} (reached: ${reached.join(',')})`);
    assert.deepEqual(problems, []);
    await page.close();
});

test('a fixture article with emoji and accents renders what /v1/extract returned', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await openPage();
    const { status, body: r, request } = await submit(page, FIXTURE);
    assert.equal(status, 200);
    assert.equal(JSON.parse(request.postData()).options.offsets, 'utf16', 'the page asks for UTF-16 offsets');
    assert.equal(r.offsets, 'utf16');
    assert.equal(r.stats.length, FIXTURE.length, 'UTF-16 length agrees with JavaScript');
    assert.ok(FIXTURE.length > [...FIXTURE].length, 'the fixture has characters outside the BMP');

    /* The API's spans slice the JavaScript string exactly, and some of them
     * lie past an emoji, where code point and UTF-16 offsets differ. */
    const expected = expectedMarks(r);
    const firstEmoji = FIXTURE.search(/\p{Extended_Pictographic}/u);
    let pastEmoji = 0;
    for (const e of list(r.entities)) {
        assert.equal(FIXTURE.slice(e.start, e.end), e.text, `entity ${e.text} at ${e.start}`);
        if (e.start > firstEmoji)
            pastEmoji++;
    }
    assert.ok(pastEmoji > 0, 'some entity lies after the first emoji');

    /* The text is drawn whole, and every mark covers exactly its span. */
    assert.equal(await page.locator('#text').textContent(), FIXTURE);
    const rendered = await renderedMarks(page);
    assert.deepEqual(countBy(Object.keys(rendered)), countBy([...expected.keys()]), 'highlight counts by kind');
    for (const [key, text] of expected)
        assert.equal(rendered[key], text, `highlight ${key}`);

    /* Panels. */
    const actors = list(r.actors), quotes = list(r.quotes), claims = list(r.claims), locs = list(r.locations);
    assert.equal(await page.locator('#actors .item').count(), actors.length, 'actor entries');
    for (const a of actors) {
        const entry = page.locator(`#actors .item[data-actor="${a.id}"]`);
        assert.match(await entry.textContent(), new RegExp(`${list(a.mentions).length} mentions?`), `mention count of ${a.id}`);
    }
    assert.equal(await page.locator('#quotes .item').count(), quotes.length, 'quote entries');
    const speakers = new Set(quotes.map((q) => q.speaker || (q.speaker_name ? 'name:' + q.speaker_name : '')));
    assert.equal(await page.locator('#quotes .group').count(), speakers.size, 'one group per speaker');
    assert.equal(await page.locator('#claims .item').count(), claims.length, 'claim entries');
    const scores = (await page.locator('#claims .score').allTextContents()).map(Number);
    assert.deepEqual(scores, claims.map((c) => c.checkworthiness).sort((a, b) => b - a).map((s) => Number(s.toFixed(2))),
        'claims sorted by check-worthiness');
    assert.equal(await page.locator('#locations .item').count(), locs.length, 'place entries');
    for (const [id, n] of [['actors', actors.length], ['claims', claims.length], ['locations', locs.length]])
        assert.equal(await page.locator(`#${id} .empty`).count(), n ? 0 : 1, `#${id} says when it is empty`);

    /* Map points at x = lon + 180, y = 90 - lat. */
    const placed = locs.filter((l) => typeof l.lat === 'number' && typeof l.lon === 'number');
    const points = await page.locator('#map circle.pt').evaluateAll((cs) =>
        cs.map((c) => ({ id: c.dataset.loc, x: +c.getAttribute('cx'), y: +c.getAttribute('cy') })));
    assert.equal(points.length, placed.length, 'one map point per geocoded place');
    for (const l of placed) {
        const p = points.find((q) => q.id === l.id);
        assert.ok(p, `point for ${l.id}`);
        assert.ok(Math.abs(p.x - (l.lon + 180)) < 1e-9 && Math.abs(p.y - (90 - l.lat)) < 1e-9, `position of ${l.id}`);
    }
    const [vx, vy, vw, vh] = (await page.locator('#map svg').getAttribute('viewBox')).split(' ').map(Number);
    for (const p of points)
        assert.ok(p.x >= vx && p.x <= vx + vw && p.y >= vy && p.y <= vy + vh, `${p.id} is inside the map's view`);

    /* Hovering a mention lights every mention of the same actor (or place)
     * and its panel entry. */
    const target = actors.find((a) => list(a.mentions).length) ?
        ['actor', actors.find((a) => list(a.mentions).length)] :
        locs.length ? ['loc', locs[0]] : null;
    if (target) {
        const [kind, thing] = target;
        const sel = `#text [data-${kind}~="${thing.id}"]`;
        /* Prefer a mention inside a quote or claim: those must stay dark. */
        const inside = page.locator(`${sel}:is([data-quote], [data-claim])`);
        await ((await inside.count()) ? inside.first() : page.locator(sel).first()).hover();
        const pieces = await page.locator(sel).count();
        assert.ok(pieces >= list(thing.mentions).length);
        assert.equal(await page.locator(`${sel}.lit`).count(), pieces, `all mentions of ${thing.id} light up`);
        assert.equal(await page.locator(`.side .item.lit[data-${kind}="${thing.id}"]`).count(), 1, 'its panel entry lights up');
        assert.equal(await page.locator('.side .item.lit:is([data-quote], [data-claim])').count(), 0,
            'quotes and claims around the mention stay dark');
        if (kind === 'loc' && placed.includes(thing))
            assert.equal(await page.locator(`#map circle.pt.lit[data-loc="${thing.id}"]`).count(), 1, 'its map point lights up');
    }

    mkdirSync(path.dirname(SHOT), { recursive: true });
    await page.screenshot({ path: SHOT, fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
});

test('a built-in sample loads, is sent and is drawn whole', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await openPage();
    const file = await page.locator('#sample option:nth-child(3)').getAttribute('value');
    const [res] = await Promise.all([
        page.waitForResponse((r) => r.url().startsWith(base + '/v1/extract')),
        page.selectOption('#sample', file),
    ]);
    const r = await res.json();
    await page.waitForSelector('body[data-state="done"]');
    const text = readFileSync(path.join(ROOT, 'web/samples', file), 'utf8');
    assert.equal(await page.inputValue('#article'), text);
    assert.equal(await page.locator('#text').textContent(), text);
    const rendered = await renderedMarks(page);
    assert.deepEqual(countBy(Object.keys(rendered)), countBy([...expectedMarks(r).keys()]));
    assert.deepEqual(problems, []);
    await page.close();
});

test('an API error shows the JSON error message', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await openPage();
    const { status, body } = await submit(page, 'word '.repeat(MAX_BODY / 4));
    assert.ok(status >= 400, 'the server refused the body');
    assert.ok(body.error && body.error.message);
    assert.ok(await page.locator('#error').isVisible());
    assert.match(await page.locator('#error').textContent(), new RegExp(body.error.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(await page.locator('#submit').isEnabled(), true, 'the form can be used again');
    assert.deepEqual(problems, []);
    await page.close();
});

test('an empty article gives empty panels and no highlights', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await openPage();
    const { status } = await submit(page, '');
    assert.equal(status, 200);
    assert.equal(await page.locator('#text [data-keys]').count(), 0);
    for (const id of ['actors', 'quotes', 'claims', 'locations'])
        assert.equal(await page.locator(`#${id} .empty`).count(), 1, `#${id} says it is empty`);
    assert.equal(await page.locator('#map circle').count(), 0);
    assert.ok(await page.locator('#error').isHidden());
    assert.deepEqual(problems, []);
    await page.close();
});
