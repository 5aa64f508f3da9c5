/* app.js -- the demo page: sends the article to /v1/extract with UTF-16
 * offsets (JavaScript string indices, so text.slice(start, end) is exact),
 * then draws the highlighted text, the side panels and the map. Article text
 * only ever reaches the page through textContent and DOM nodes. */

const SAMPLES = [
    { file: 'harbour.txt', title: 'Harbour strike (ports, unions, numbers)' },
    { file: 'glacier.txt', title: 'Glacier summit (accents and an emoji)' },
    { file: 'budget.txt', title: 'City budget (council, indirect quotes)' },
];

const SVG_NS = 'http://www.w3.org/2000/svg';
const ACTOR_KINDS = ['person', 'organization', 'country', 'group'];

/* Only the latest request may draw: a slow earlier answer is dropped. */
let generation = 0;

const $ = (id) => document.getElementById(id);

/* An element with classes, data-* attributes and children; strings become
 * text nodes, so nothing here is parsed as HTML. */
function el(tag, opts = {}, ...children) {
    const node = opts.svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
    if (opts.cls)
        node.setAttribute('class', opts.cls);
    for (const [k, v] of Object.entries(opts.data || {}))
        node.dataset[k] = v;
    for (const [k, v] of Object.entries(opts.attrs || {}))
        node.setAttribute(k, v);
    for (const c of children)
        if (c !== null && c !== undefined)
            node.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    return node;
}

function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
}

/* Check-worthiness in three bands, so colour is not the only cue: the band
 * is also spelled out in the panel. */
function cwBand(score) {
    if (score >= 0.66)
        return 'high';
    if (score >= 0.33)
        return 'mid';
    return 'low';
}

function arr(x) {
    return Array.isArray(x) ? x : [];
}

/* ---- the request ------------------------------------------------------ */

async function extract(text) {
    let res;
    try {
        res = await fetch('/v1/extract', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ text, options: { offsets: 'utf16' } }),
        });
    } catch (e) {
        throw new Error('could not reach the server (' + e.message + ')');
    }
    let body = null;
    try {
        body = await res.json();
    } catch (e) {
        body = null;
    }
    if (!res.ok || !body || body.error) {
        const err = body && body.error;
        throw new Error(err ? err.message + ' (' + (err.code || err.status || res.status) + ')'
                            : 'the server answered ' + res.status + ' without a JSON body');
    }
    return body;
}

/* ---- highlights ------------------------------------------------------- */

/* Every span to highlight, as {start, end, cls, key, refs, label}. key
 * names one mention ("actor:a1:0"); refs says what hovering or a panel lights
 * up; label becomes the tooltip. */
function collectMarks(r) {
    const marks = [];
    const names = new Map(arr(r.actors).map((a) => [a.id, a.name]));
    const add = (span, cls, key, refs, label) => {
        if (span && Number.isInteger(span.start) && Number.isInteger(span.end))
            marks.push({ start: span.start, end: span.end, cls, key, refs, label });
    };
    for (const c of arr(r.claims)) {
        const score = c.checkworthiness || 0;
        add(c, 'claim cw-' + cwBand(score), 'claim:' + c.id, { claim: c.id },
            c.kind + ' claim, check-worthiness ' + score.toFixed(2));
    }
    for (const q of arr(r.quotes)) {
        const parts = arr(q.parts).length ? q.parts : [q];
        const by = (q.speaker && names.get(q.speaker)) || q.speaker_name;
        parts.forEach((p, j) => add(p, 'quote', 'quote:' + q.id + ':' + j, { quote: q.id },
            (q.kind || '') + ' quote' + (by ? ' by ' + by : ', speaker unknown')));
    }
    for (const a of arr(r.actors)) {
        const kind = ACTOR_KINDS.includes(a.kind) ? a.kind : 'group';
        arr(a.mentions).forEach((m, j) =>
            add(m, 'm-' + kind, 'actor:' + a.id + ':' + j, { actor: a.id }, a.name + ' (' + kind + ')'));
    }
    for (const l of arr(r.locations))
        arr(l.mentions).forEach((m, j) =>
            add(m, 'loc', 'loc:' + l.id + ':' + j, { loc: l.id },
                l.name + ' (' + [l.kind, l.country_code].filter(Boolean).join(', ') + ')'));
    /* Names the later stages did not link to an actor or a place. */
    arr(r.entities).forEach((e, i) => {
        if (!e.ref && !e.actor && !e.location)
            add(e, 'ent', 'ent:' + i, {}, String(e.type || 'name').toLowerCase());
    });
    return marks;
}

/* Cuts the text at every mark boundary and wraps each piece in one span that
 * carries the classes and references of all marks covering it, so nested
 * and overlapping marks need no tree. A mark may span several pieces; they
 * share its key. */
function renderText(text, r) {
    const n = text.length;
    const marks = collectMarks(r)
        .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, n)), end: Math.max(0, Math.min(m.end, n)) }))
        .filter((m) => m.start < m.end)
        .sort((a, b) => a.start - b.start);
    const cuts = new Set([0, n]);
    for (const m of marks) {
        cuts.add(m.start);
        cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    let active = [];
    let next = 0;
    for (let i = 0; i + 1 < points.length; i++) {
        const s = points[i], e = points[i + 1];
        active = active.filter((m) => m.end > s);
        while (next < marks.length && marks[next].start <= s)
            active.push(marks[next++]);
        const piece = text.slice(s, e);
        if (!active.length) {
            out.append(piece);
            continue;
        }
        const cls = new Set(['hl']);
        const refs = { actor: [], loc: [], quote: [], claim: [] };
        const keys = [], labels = [];
        for (const m of active) {
            m.cls.split(' ').forEach((c) => cls.add(c));
            keys.push(m.key);
            labels.push(m.label);
            for (const [k, v] of Object.entries(m.refs))
                if (!refs[k].includes(v))
                    refs[k].push(v);
        }
        const data = { keys: keys.join(' ') };
        for (const [k, v] of Object.entries(refs))
            if (v.length)
                data[k] = v.join(' ');
        const span = el('span', { cls: [...cls].join(' '), data }, piece);
        span.title = labels.join('\n');
        out.append(span);
    }
    return out;
}

/* ---- panels ----------------------------------------------------------- */

function none(list, what) {
    list.append(el('li', { cls: 'empty' }, 'No ' + what + ' found.'));
}

function renderActors(r) {
    const list = $('actors');
    const actors = arr(r.actors).slice().sort((a, b) =>
        (b.salience || 0) - (a.salience || 0) || arr(b.mentions).length - arr(a.mentions).length);
    list.replaceChildren();
    if (!actors.length)
        none(list, 'actors');
    for (const a of actors) {
        const kind = ACTOR_KINDS.includes(a.kind) ? a.kind : 'group';
        const details = [];
        if (arr(a.titles).length)
            details.push(a.titles.join(', '));
        if (a.org)
            details.push(a.org);
        if (a.affiliation)
            details.push('affiliation ' + a.affiliation);
        details.push(plural(arr(a.mentions).length, 'mention', 'mentions'));
        list.append(el('li', {},
            el('button', { cls: 'item', data: { actor: a.id }, attrs: { type: 'button' } },
                el('span', { cls: 'swatch m-' + kind, attrs: { 'aria-hidden': 'true' } }),
                el('strong', {}, a.name || '(unnamed)'), ' ',
                el('span', { cls: 'badge' }, kind), el('br'),
                el('span', { cls: 'meta' }, details.join(' · ')))));
    }
}

function renderQuotes(r) {
    const box = $('quotes');
    const names = new Map(arr(r.actors).map((a) => [a.id, a.name]));
    const groups = new Map();
    for (const q of arr(r.quotes)) {
        const key = q.speaker || (q.speaker_name ? 'name:' + q.speaker_name : '');
        const name = (q.speaker && names.get(q.speaker)) || q.speaker_name || 'Unattributed';
        if (!groups.has(key))
            groups.set(key, { name, speaker: q.speaker, quotes: [] });
        groups.get(key).quotes.push(q);
    }
    const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) =>
        (ka === '') - (kb === '') || b.quotes.length - a.quotes.length);
    box.replaceChildren();
    if (!ordered.length)
        box.append(el('p', { cls: 'empty' }, 'No quotes found.'));
    for (const [, g] of ordered) {
        const list = el('ul', { cls: 'list' });
        for (const q of g.quotes)
            list.append(el('li', {},
                el('button', { cls: 'item', data: { quote: q.id }, attrs: { type: 'button' } },
                    el('span', { cls: 'badge' }, q.kind || 'quote'), ' ',
                    el('q', {}, q.text || ''))));
        const head = el('h3', { cls: 'speaker', data: g.speaker ? { actor: g.speaker } : {} }, g.name, ' ',
            el('span', { cls: 'meta' }, '(' + plural(g.quotes.length, 'quote', 'quotes') + ')'));
        box.append(el('section', { cls: 'group' }, head, list));
    }
}

/* A claim split by its attribution reads as its pieces joined by an
 * ellipsis, without the "he said" between them. */
function claimText(c) {
    const parts = arr(c.parts);
    return parts.length > 1 ? parts.map((p) => p.text).join(' \u2026 ') : c.text || '';
}

function renderClaims(r) {
    const list = $('claims');
    const claims = arr(r.claims).slice().sort((a, b) => (b.checkworthiness || 0) - (a.checkworthiness || 0));
    list.replaceChildren();
    if (!claims.length)
        none(list, 'claims');
    for (const c of claims) {
        const score = c.checkworthiness || 0;
        const band = cwBand(score);
        const kind = c.kind + (c.secondary ? ', ' + c.secondary : '');
        list.append(el('li', {},
            el('button', { cls: 'item', data: { claim: c.id }, attrs: { type: 'button' } },
                el('span', { cls: 'score cw-' + band }, score.toFixed(2)), ' ',
                el('meter', { attrs: { min: '0', max: '1', low: '0.33', high: '0.66', optimum: '0',
                                       value: String(score), 'aria-hidden': 'true' } }), ' ',
                el('span', { cls: 'badge' }, kind), ' ',
                el('span', { cls: 'meta' }, band === 'high' ? 'check first' : band === 'mid' ? 'worth a look' : 'low priority'),
                el('br'),
                c.claimant_name ? el('span', { cls: 'meta' }, c.claimant_name + ': ') : null,
                el('span', { cls: 'claim-text' }, claimText(c)))));
    }
}

/* The part of the world that holds every point: padded, at least 60
 * degrees wide, at the map's 2:1 shape and inside the map. In the same
 * units as the points (x = lon + 180, y = 90 - lat). */
function fitView(points) {
    if (!points.length)
        return [0, 0, 360, 180];
    const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    let w = Math.max(60, x1 - x0 + 20), h = Math.max(30, y1 - y0 + 20);
    if (w < 2 * h)
        w = 2 * h;
    h = w / 2;
    if (w > 360)
        [w, h] = [360, 180];
    const x = Math.min(Math.max((x0 + x1) / 2 - w / 2, 0), 360 - w);
    const y = Math.min(Math.max((y0 + y1) / 2 - h / 2, 0), 180 - h);
    return [x, y, w, h];
}

/* Shows the map at view [x, y, w, h]; points keep one size on screen. */
function setView(svg, view) {
    svg.setAttribute('viewBox', view.map((v) => +v.toFixed(3)).join(' '));
    for (const c of svg.querySelectorAll('circle.pt'))
        c.setAttribute('r', String(+(4 * view[2] / 360).toFixed(3)));
}

/* Plate carree, as web/world.svg is drawn: x = lon + 180, y = 90 - lat. The
 * map starts zoomed to the places; a button switches to the whole world. */
function renderMap(r) {
    const box = $('map');
    const list = $('locations');
    const locs = arr(r.locations);
    const svg = el('svg', {
        svg: true,
        attrs: { viewBox: '0 0 360 180', role: 'group', 'aria-label': 'World map of the places found' },
    });
    svg.append(el('image', { svg: true, attrs: { href: '/web/world.svg', x: '0', y: '0', width: '360', height: '180' } }));
    const points = [];
    list.replaceChildren();
    if (!locs.length)
        none(list, 'places');
    for (const l of locs) {
        const placed = typeof l.lat === 'number' && typeof l.lon === 'number';
        const where = [l.kind, l.country_code, placed ? l.lat.toFixed(2) + ', ' + l.lon.toFixed(2) : 'no coordinates']
            .filter(Boolean).join(' · ');
        list.append(el('li', {},
            el('button', { cls: 'item', data: { loc: l.id }, attrs: { type: 'button' } },
                el('span', { cls: 'swatch loc', attrs: { 'aria-hidden': 'true' } }),
                el('strong', {}, l.name || '(unnamed)'), ' ',
                el('span', { cls: 'meta' }, where + ' · ' + plural(arr(l.mentions).length, 'mention', 'mentions')))));
        if (!placed)
            continue;
        points.push([l.lon + 180, 90 - l.lat]);
        svg.append(el('circle', {
            svg: true,
            cls: 'pt',
            data: { loc: l.id },
            attrs: { cx: String(l.lon + 180), cy: String(90 - l.lat), r: '4', tabindex: '0',
                     role: 'img', 'aria-label': l.name || l.id },
        }, el('title', { svg: true }, l.name || l.id)));
    }
    const fitted = fitView(points);
    const zoom = el('button', { cls: 'zoom', attrs: { type: 'button', 'aria-pressed': 'false' } }, 'Show the whole world');
    zoom.disabled = fitted[2] === 360;
    zoom.addEventListener('click', () => {
        const whole = zoom.getAttribute('aria-pressed') !== 'true';
        zoom.setAttribute('aria-pressed', String(whole));
        setView(svg, whole ? [0, 0, 360, 180] : fitted);
    });
    setView(svg, fitted);
    box.replaceChildren(svg, zoom);
}

/* ---- lighting up ------------------------------------------------------ */

const REF_KEYS = ['actor', 'loc', 'quote', 'claim'];

function unlight() {
    for (const n of document.querySelectorAll('.lit'))
        n.classList.remove('lit');
}

/* Lights every element that refers to what `from` refers to (through the
 * data-* names in keys): a mention lights all mentions of its actor and
 * place, their panel entries and map points; a panel entry lights its
 * mentions, quote or claim. */
function light(from, keys) {
    unlight();
    for (const k of keys) {
        const ids = from.dataset[k];
        if (!ids)
            continue;
        for (const id of ids.split(' '))
            for (const n of document.querySelectorAll('[data-' + k + '~="' + CSS.escape(id) + '"]'))
                n.classList.add('lit');
    }
}

/* In the text only mentions light up, and only their actor and place:
 * hovering quote or claim text would flood the page. */
const TEXT_KEYS = ['actor', 'loc'];

function target(node, inText) {
    if (!(node instanceof Element))
        return null;
    const sel = inText ? '[data-actor], [data-loc]' : '.item, .pt, .speaker';
    return node.closest(sel);
}

function wireLighting() {
    const text = $('text');
    const side = document.querySelector('.side');
    const over = (inText) => (ev) => {
        const t = target(ev.target, inText);
        if (t)
            light(t, inText ? TEXT_KEYS : REF_KEYS);
        else
            unlight();
    };
    text.addEventListener('mouseover', over(true));
    text.addEventListener('mouseleave', unlight);
    side.addEventListener('mouseover', over(false));
    side.addEventListener('mouseleave', unlight);
    side.addEventListener('focusin', over(false));
    side.addEventListener('focusout', unlight);
    /* A panel entry jumps to its first mention in the text. */
    side.addEventListener('click', (ev) => {
        const t = target(ev.target, false);
        if (!t)
            return;
        light(t, REF_KEYS);
        const first = text.querySelector('.lit');
        if (first)
            first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
}

/* ---- the form --------------------------------------------------------- */

function showError(msg) {
    const box = $('error');
    box.textContent = msg ? 'Error: ' + msg : '';
    box.hidden = !msg;
}

function render(text, r) {
    const view = $('text');
    view.replaceChildren(text.length ? renderText(text, r) : el('p', { cls: 'empty' }, 'The article is empty.'));
    renderActors(r);
    renderQuotes(r);
    renderClaims(r);
    renderMap(r);
    const s = r.stats || {};
    $('status').textContent = 'Analysed ' + plural(s.sentences || 0, 'sentence', 'sentences') +
        ' in ' + (s.ms ?? '?') + ' ms: ' + plural(arr(r.actors).length, 'actor', 'actors') + ', ' +
        plural(arr(r.locations).length, 'place', 'places') + ', ' +
        plural(arr(r.quotes).length, 'quote', 'quotes') + ', ' +
        plural(arr(r.claims).length, 'claim', 'claims') + '.';
}

async function submit(ev) {
    if (ev)
        ev.preventDefault();
    const text = $('article').value;
    const mine = ++generation;
    const button = $('submit');
    button.disabled = true;
    showError('');
    $('status').textContent = 'Analysing…';
    try {
        const r = await extract(text);
        if (mine !== generation)
            return;
        render(text, r);
        document.body.dataset.state = 'done';
    } catch (e) {
        if (mine !== generation)
            return;
        showError(e.message);
        $('status').textContent = '';
        document.body.dataset.state = 'error';
    } finally {
        if (mine === generation)
            button.disabled = false;
    }
}

async function loadSample() {
    const file = $('sample').value;
    if (!file)
        return;
    showError('');
    try {
        const res = await fetch('/web/samples/' + file);
        if (!res.ok)
            throw new Error('sample ' + file + ' not found (' + res.status + ')');
        $('article').value = await res.text();
    } catch (e) {
        showError(e.message);
        return;
    }
    await submit();
}

function init() {
    for (const s of SAMPLES)
        $('sample').append(el('option', { attrs: { value: s.file } }, s.title));
    $('form').addEventListener('submit', submit);
    $('sample').addEventListener('change', loadSample);
    wireLighting();
    document.body.dataset.state = 'ready';
}

init();
