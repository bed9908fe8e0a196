'use strict';
// Helpers for the tests of the citizens' cases (segnalazioni, reclami,
// richieste di assistenza): a citizen's browser (a cookie jar over fetch that
// never follows redirects), the login through the demo IdP, the steps of the
// journey (consent, form, summary, filing), multipart bodies built by hand,
// root access to the stack's MariaDB for assertions, and test files: photos
// made with the vips CLI and hand-crafted bad ones (EXIF GPS, a PNG header
// declaring 50000x50000 pixels, a truncated JPEG, a polyglot, a PDF).
//
// Environment: BASE_URL and TEST_VAR, as lib/http.js; the stack runs with
// DEMO_IDP=1 and tests/fixtures/case_categories.sql.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const { BASE_URL, TEST_VAR, decodeEntities, textOf, setCookieList } = require('./http');

/* --------------------------------------------------------------- citizens */

// The demo IdP's fictional citizens (conf/demo-idp.hdf), by radio index.
const CITIZENS = [
	{ name: 'Mario', familyName: 'Rossi', fiscalCode: 'RSSMRA80A01H501U', email: 'mario.rossi@example.org' },
	{ name: 'Giulia', familyName: 'Bianchi', fiscalCode: 'BNCGLI92E54I726U', email: 'giulia.bianchi@example.org' },
	{ name: 'Luca', familyName: 'Verdi', fiscalCode: 'VRDLCU75S30D612C', email: 'luca.verdi@example.org' },
	{ name: 'Sofia', familyName: 'Ferrari', fiscalCode: 'FRRSFO01M41H501X', email: 'sofia.ferrari@example.org' },
];

/* ---------------------------------------------------------------- MariaDB */

const DBSOCK = path.join(TEST_VAR, 'db/run/mysqld.sock');

// Runs QUERY as root on the portale database; returns rows of strings (NULL
// as null). Batch mode: tabs and newlines inside values come back escaped.
function sql(query) {
	const out = execFileSync('mariadb', ['--no-defaults', `--socket=${DBSOCK}`, '-uroot', '-N', '-B',
		'--default-character-set=utf8mb4', 'portale', '-e', query], { encoding: 'utf8', maxBuffer: 64 << 20 });
	return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t').map((v) => (v === 'NULL' ? null : v)));
}

// A quoted SQL string literal.
const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\0/g, '\\0')}'`;

// The first cell of the first row (or null).
function sqlValue(query) {
	const rows = sql(query);
	return rows.length ? rows[0][0] : null;
}

// The case row by public code, as an object (root's view of the database).
function caseRow(code) {
	const cols = ['id', 'code', 'status', 'case_type', 'category_id', 'title', 'description', 'address',
		'latitude', 'longitude', 'protocol_year', 'protocol_number', 'office_id', 'due_date',
		'submitted_at', 'service_id', 'citizen_id', 'contact_email', 'updated_at'];
	const rows = sql(`SELECT ${cols.map((c) => `c.${c}`).join(', ')} FROM cases c WHERE c.code = ${q(code)}`);
	if (!rows.length) return null;
	return Object.fromEntries(cols.map((c, i) => [c, rows[0][i]]));
}

function attachmentCount(code) {
	return Number(sqlValue(`SELECT COUNT(*) FROM case_attachments t JOIN cases c ON c.id = t.case_id
	                        WHERE c.code = ${q(code)}`));
}

/* ------------------------------------------------------------- multipart */

// A multipart/form-data body built by hand: FIELDS an object (values strings,
// or Buffers sent byte for byte: invalid UTF-8, NUL...), FILES a list of { field, filename, type, data (Buffer) }.
function multipart(fields = {}, files = []) {
	const boundary = `----vmtest${crypto.randomBytes(12).toString('hex')}`;
	const parts = [];
	for (const [k, v] of Object.entries(fields)) {
		if (v === undefined || v === null) continue;
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n`, 'utf8'),
			Buffer.isBuffer(v) ? v : Buffer.from(String(v), 'utf8'), Buffer.from('\r\n'));
	}
	for (const f of files) {
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; ` +
			`filename="${f.filename}"\r\nContent-Type: ${f.type || 'application/octet-stream'}\r\n\r\n`, 'utf8'),
		f.data, Buffer.from('\r\n'));
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/* ------------------------------------------------------------ the browser */

// One citizen's browser: cookies kept, redirects never followed.
class Client {
	constructor() {
		this.jar = new Map();
		this.csrf = null;
		this.citizen = null;
	}

	cookieHeader() {
		return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
	}

	keep(res) {
		const list = setCookieList(res.headers);
		for (const c of list) {
			const [pair, ...attrs] = c.split(';');
			const eq = pair.indexOf('=');
			const name = pair.slice(0, eq).trim();
			const value = pair.slice(eq + 1).trim();
			const expired = attrs.some((a) => /^\s*max-age\s*=\s*(0|-)/i.test(a)) ||
				attrs.some((a) => /^\s*expires\s*=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now());
			if (!value || expired) this.jar.delete(name);
			else this.jar.set(name, value);
		}
	}

	// The session cookie's value ('sid').
	get sid() { return this.jar.get('sid'); }

	// method, path (or absolute URL); form: an object (urlencoded); body +
	// contentType: raw. Returns { status, headers, location, buf, text }.
	async request(method, urlPath, { form, body, contentType, headers = {}, timeout = 30000 } = {}) {
		const h = { ...headers };
		if (this.jar.size) h.Cookie = this.cookieHeader();
		if (form) {
			body = new URLSearchParams(Object.entries(form).filter(([, v]) => v !== undefined && v !== null)).toString();
			contentType = 'application/x-www-form-urlencoded';
		}
		if (contentType) h['Content-Type'] = contentType;
		const url = /^https?:/.test(urlPath) ? urlPath : BASE_URL + urlPath;
		const res = await fetch(url, { method, headers: h, body, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
		this.keep(res);
		const buf = Buffer.from(await res.arrayBuffer());
		const location = res.headers.get('location');
		const r = { status: res.status, headers: res.headers, location, buf, text: buf.toString('utf8') };
		const token = csrfOf(r.text);
		if (token) this.csrf = token;
		return r;
	}

	get(urlPath, opts) { return this.request('GET', urlPath, opts); }

	post(urlPath, form, opts = {}) { return this.request('POST', urlPath, { ...opts, form }); }

	postMultipart(urlPath, fields, files, opts = {}) {
		const { body, contentType } = multipart(fields, files);
		return this.request('POST', urlPath, { ...opts, body, contentType });
	}

	// The login through the demo IdP as CITIZENS[index], coming back to NEXT.
	async login(index, next = '/area-personale') {
		let r = await this.get(`/auth/login?idp=${encodeURIComponent(`${BASE_URL}/demo-idp`)}&next=${encodeURIComponent(next)}`);
		assert.ok([302, 303].includes(r.status) && r.location, `login: expected a redirect to the IdP, got ${r.status}`);
		r = await this.get(r.location);
		assert.equal(r.status, 200, 'demo IdP page');
		const qv = /name="q" value="([^"]*)"/.exec(r.text);
		assert.ok(qv, 'demo IdP form: no q');
		r = await this.post('/demo-idp/sso', { q: decodeEntities(qv[1]), citizen: String(index) });
		assert.equal(r.status, 200, 'demo IdP answer');
		const resp = /name="SAMLResponse" value="([^"]*)"/.exec(r.text);
		const relay = /name="RelayState" value="([^"]*)"/.exec(r.text);
		assert.ok(resp && relay, 'demo IdP: no SAMLResponse/RelayState');
		r = await this.post('/auth/acs', { SAMLResponse: decodeEntities(resp[1]), RelayState: decodeEntities(relay[1]) });
		assert.equal(r.status, 303, `ACS: expected 303, got ${r.status}`);
		assert.ok(this.sid, 'ACS: no sid cookie');
		this.citizen = CITIZENS[index];
		return r;
	}

	// Fetch a page just to learn the session's CSRF token.
	async token() {
		if (!this.csrf) {
			const r = await this.get('/area-personale');
			assert.equal(r.status, 200, 'area personale');
		}
		assert.ok(this.csrf, 'no CSRF token in the pages');
		return this.csrf;
	}

	// The consent page then its POST: a new draft. Returns { code, idem, form, res }.
	async newDraft({ tipo, servizio } = {}) {
		const qs = new URLSearchParams();
		if (tipo) qs.set('tipo', tipo);
		if (servizio) qs.set('servizio', servizio);
		const consent = await this.get(`/segnalazioni/nuova${qs.toString() ? `?${qs}` : ''}`);
		assert.equal(consent.status, 200, `consent page: ${consent.status}`);
		const form = hiddenFields(consent.text);
		assert.ok(form.idem && form.idem.length === 43, 'consent page: no idem token');
		const res = await this.post('/segnalazioni/nuova', { ...form, privacy: '1' });
		assert.equal(res.status, 303, `consent POST: ${res.status}`);
		const m = /^\/segnalazioni\/([a-z0-9]{12})\/modifica$/.exec(res.location || '');
		assert.ok(m, `consent POST: unexpected Location ${res.location}`);
		return { code: m[1], idem: form.idem, form, consent, res };
	}

	// The form's POST (multipart): FIELDS merged over the csrf token.
	saveDraft(code, fields, files = [], opts = {}) {
		return this.postMultipart(`/segnalazioni/${code}/modifica`, { csrf: this.csrf, ...fields }, files, opts);
	}

	submit(code, opts = {}) {
		return this.post(`/segnalazioni/${code}/invia`, { csrf: this.csrf }, opts);
	}

	// A draft filled and filed: returns { code, receipt (GET ricevuta) }.
	async fileCase(fields = {}, files = [], { tipo, servizio } = {}) {
		const { code } = await this.newDraft({ tipo, servizio });
		const r = await this.saveDraft(code, { ...validFields(tipo), ...fields, azione: 'avanti' }, files);
		assert.equal(r.status, 303, `save: expected 303, got ${r.status}: ${errorsOf(r.text).join(' | ')}`);
		const s = await this.submit(code);
		assert.equal(s.status, 303, `invia: ${s.status}`);
		assert.equal(s.location, `/segnalazioni/${code}/ricevuta`);
		return { code };
	}
}

async function loggedIn(index) {
	const c = new Client();
	await c.login(index);
	await c.token();
	return c;
}

/* ------------------------------------------------------------------ pages */

function csrfOf(html) {
	const m = /name="csrf" value="([^"]*)"/.exec(html);
	return m ? decodeEntities(m[1]) : null;
}

// The hidden inputs of the first form of the page.
function hiddenFields(html) {
	const out = {};
	for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
		if (!(m[1] in out)) out[m[1]] = decodeEntities(m[2]);
	}
	return out;
}

// The items of the error summary of the form (partials/macros.cs error_summary()).
function errorsOf(html) {
	const box = /<div class="alert alert-danger"[^>]*>([\s\S]*?)<\/div>/.exec(html);
	if (!box) return [];
	const items = [...box[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]));
	return items.length ? items : [textOf(box[1])];
}

// The value of an input (by id) and the text of a textarea, as the form shows them.
function inputValue(html, id) {
	const m = new RegExp(`<input[^>]*\\bid="${id}"[^>]*>`).exec(html);
	if (!m) return null;
	const v = /\bvalue="([^"]*)"/.exec(m[0]);
	return v ? decodeEntities(v[1]) : '';
}

function textareaValue(html, id) {
	const m = new RegExp(`<textarea[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
	return m ? decodeEntities(m[1]) : null;
}

function selectedOption(html, id) {
	const m = new RegExp(`<select[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
	if (!m) return null;
	const o = /<option value="([^"]*)" selected>/.exec(m[1]);
	return o ? decodeEntities(o[1]) : '';
}

// A <dl class="vm-summary ..."> as [[dt, dd text], ...]; the dd's inner HTML in .html.
function summaryOf(html) {
	const m = /<dl class="vm-summary[^"]*">([\s\S]*?)<\/dl>/.exec(html);
	if (!m) return null;
	return [...m[1].matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)]
		.map((x) => ({ dt: textOf(x[1]), dd: textOf(x[2]), html: x[2] }));
}

function summaryMap(html) {
	const s = summaryOf(html);
	return s ? Object.fromEntries(s.map((e) => [e.dt, e.dd])) : null;
}

// The timeline of a case page: [{ kind, label, body }].
function timelineOf(html) {
	const sec = /<ol class="vm-timeline">([\s\S]*?)<\/ol>/.exec(html);
	if (!sec) return [];
	return [...sec[1].matchAll(/<li class="vm-event vm-event-([a-z]+)">([\s\S]*?)<\/li>/g)].map((m) => {
		const strong = /<strong>([\s\S]*?)<\/strong>/.exec(m[2]);
		const p = /<p>([\s\S]*?)<\/p>/.exec(m[2]);
		return { kind: m[1], label: strong ? textOf(strong[1]) : '', body: p ? textOf(p[1]) : '' };
	});
}

// The cases listed in the personal area: [{ code, href, title, status, meta }].
function areaCases(html) {
	return [...html.matchAll(/<li class="vm-case-item">([\s\S]*?)<\/li>/g)].map((m) => {
		const a = /<a href="(\/segnalazioni\/([a-z0-9]{12})[^"]*)">([\s\S]*?)<\/a>/.exec(m[1]);
		const badge = /<span class="[^"]*\bvm-case-status\b[^"]*">([\s\S]*?)<\/span>/.exec(m[1]);
		const meta = /<span class="vm-case-meta">([\s\S]*?)<\/span>/.exec(m[1]);
		return {
			href: a && a[1], code: a && a[2], title: a && textOf(a[3]),
			status: badge && textOf(badge[1]), meta: meta && textOf(meta[1]),
		};
	});
}

// The attachment ids linked from a page of case CODE (photos and documents).
function attachmentIds(html, code) {
	return [...new Set([...html.matchAll(new RegExp(`/segnalazioni/${code}/allegati/(\\d+)`, 'g'))].map((m) => m[1]))];
}

const codeDisplay = (code) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;

// A code in the public alphabet that no case has.
function randomCode() {
	const alphabet = '23456789abcdefghjkmnpqrstvwxyz';
	for (;;) {
		const c = [...crypto.randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
		if (!caseRow(c)) return c;
	}
}

// dd/mm/yyyy of a Date (local time) plus DAYS days.
function itDate(d, days = 0) {
	const x = new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
	return `${String(x.getDate()).padStart(2, '0')}/${String(x.getMonth() + 1).padStart(2, '0')}/${x.getFullYear()}`;
}

// A test's own oracle of the legal clock's calendar (core/calendar.c): the
// Italian holidays, Easter Monday by the computus, the patron's day of
// conf/site.hdf (24 June).
function holiday(d) {
	const y = d.getFullYear(), md = `${d.getMonth() + 1}-${d.getDate()}`;
	if (['1-1', '1-6', '4-25', '5-1', '6-2', '8-15', '11-1', '12-8', '12-25', '12-26', '6-24'].includes(md)) return true;
	const a = y % 19, b = Math.floor(y / 100), c = y % 100, h = (19 * a + b - Math.floor(b / 4) -
		Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
	const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const easter = new Date(y, Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1);
	const t = d.getTime(), e = easter.getTime();
	return t === e || t === new Date(y, easter.getMonth(), easter.getDate() + 1).getTime();
}

// dd/mm/yyyy of the term of DAYS days from D (a Date): moved past Sundays and holidays.
function dueDate(d, days) {
	const x = new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
	while (x.getDay() === 0 || holiday(x)) x.setDate(x.getDate() + 1);
	return itDate(x);
}

// Form fields a valid case of each type has.
function validFields(tipo = 'segnalazione') {
	const category = { reclamo: 'disservizio-ufficio', assistenza: 'domanda-su-un-servizio' }[tipo] || 'strade-e-marciapiedi';
	return {
		categoria: category,
		titolo: 'Buca profonda in via Roma',
		descrizione: 'Davanti al civico 12 c\'è una buca profonda che mette in pericolo chi passa in bicicletta.',
		indirizzo: 'Via Roma 12',
		latitudine: '',
		longitudine: '',
	};
}

/* ------------------------------------------------------------------ files */

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'vm-cases-'));
process.on('exit', () => { try { fs.rmSync(WORK, { recursive: true, force: true }); } catch { /* ignore */ } });

const made = new Map();
function vipsFile(name, ...args) {
	if (made.has(name)) return made.get(name);
	const out = path.join(WORK, name);
	execFileSync('vips', [...args.map((a) => (a === '$OUT' ? out : a))], { stdio: ['ignore', 'ignore', 'pipe'] });
	const data = fs.readFileSync(out);
	made.set(name, data);
	return data;
}

// A plain JPEG made by vips: grey noise, so that it has real entropy-coded data.
function jpeg(w = 640, h = 480) {
	vipsFile(`noise-${w}x${h}.v`, 'gaussnoise', '$OUT', String(w), String(h));
	return vipsFile(`photo-${w}x${h}.jpg`, 'cast', path.join(WORK, `noise-${w}x${h}.v`), '$OUT', 'uchar');
}

function png(w = 320, h = 240) {
	jpeg(w, h);
	return vipsFile(`photo-${w}x${h}.png`, 'copy', path.join(WORK, `photo-${w}x${h}.jpg`), '$OUT');
}

// CRC-32 (IEEE), as PNG chunks need.
const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();
function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}

// A small, valid-looking PNG whose header declares W x H pixels (RGB, 8 bit):
// a decompression bomb if anyone decoded it.
function pngDeclaring(w = 50000, h = 50000) {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
	const zlib = require('node:zlib');
	const idat = zlib.deflateSync(Buffer.alloc(64 * 1024));   // the start of the rows, all zero
	return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), pngChunk('IHDR', ihdr),
		pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

// The GPS position written into the EXIF of gpsJpeg(): 43°46'12.34" N, 11°15'30.5" E.
const GPS = {
	lat: [[43, 1], [46, 1], [1234, 100]], latRef: 'N',
	lon: [[11, 1], [15, 1], [305, 10]], lonRef: 'E',
	latDecimal: 43 + 46 / 60 + 12.34 / 3600,
	lonDecimal: 11 + 15 / 60 + 30.5 / 3600,
};

// An APP1 Exif segment (big-endian TIFF) with IFD0 -> GPS IFD holding
// GPSLatitudeRef, GPSLatitude, GPSLongitudeRef, GPSLongitude.
function exifGpsSegment() {
	const tiff = Buffer.alloc(128);
	tiff.write('MM', 0, 'latin1');
	tiff.writeUInt16BE(42, 2);
	tiff.writeUInt32BE(8, 4);
	// IFD0 at 8: one entry, GPSInfo (0x8825, LONG) -> 26
	tiff.writeUInt16BE(1, 8);
	tiff.writeUInt16BE(0x8825, 10); tiff.writeUInt16BE(4, 12); tiff.writeUInt32BE(1, 14); tiff.writeUInt32BE(26, 18);
	tiff.writeUInt32BE(0, 22);
	// GPS IFD at 26: four entries; values at 80 (latitude) and 104 (longitude)
	let p = 26;
	tiff.writeUInt16BE(4, p); p += 2;
	const entry = (tag, type, count, value) => {
		tiff.writeUInt16BE(tag, p); tiff.writeUInt16BE(type, p + 2); tiff.writeUInt32BE(count, p + 4);
		if (typeof value === 'string') tiff.write(value, p + 8, 'latin1'); else tiff.writeUInt32BE(value, p + 8);
		p += 12;
	};
	entry(1, 2, 2, `${GPS.latRef}\0`);
	entry(2, 5, 3, 80);
	entry(3, 2, 2, `${GPS.lonRef}\0`);
	entry(4, 5, 3, 104);
	tiff.writeUInt32BE(0, p);
	const rationals = (off, list) => list.forEach(([n, d], i) => { tiff.writeUInt32BE(n, off + 8 * i); tiff.writeUInt32BE(d, off + 8 * i + 4); });
	rationals(80, GPS.lat);
	rationals(104, GPS.lon);
	const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
	const head = Buffer.from([0xff, 0xe1, 0, 0]);
	head.writeUInt16BE(payload.length + 2, 2);
	return Buffer.concat([head, payload]);
}

// The bytes of the GPS rationals as they sit in the EXIF (to look for them elsewhere).
function gpsNeedles() {
	const b = exifGpsSegment();
	const tiff = b.subarray(4 + 6);
	return [tiff.subarray(80, 104), tiff.subarray(104, 128)];
}

// A vips JPEG with the EXIF GPS segment inserted right after SOI.
function gpsJpeg() {
	const base = jpeg(640, 480);
	return Buffer.concat([base.subarray(0, 2), exifGpsSegment(), base.subarray(2)]);
}

// The first half of a JPEG: the header is fine, the pixels stop midway.
function truncatedJpeg() {
	const base = jpeg(800, 600);
	return base.subarray(0, Math.floor(base.length / 2));
}

const POLYGLOT_TAIL = '<script>alert(1)</script>';
function polyglotJpeg() {
	return Buffer.concat([jpeg(640, 480), Buffer.from(`\n<html><body>${POLYGLOT_TAIL}</body></html>\n`)]);
}

// A JPEG padded after its end marker to more than 10 MB (11 MiB).
function oversizedJpeg() {
	const base = jpeg(640, 480);
	return Buffer.concat([base, Buffer.alloc(11 * 1024 * 1024 - base.length, 0x20)]);
}

// A minimal valid PDF (one empty page), with its xref offsets computed.
function pdf(text = 'Valdimonte') {
	const objs = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
	];
	const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
	objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
	let out = '%PDF-1.4\n';
	const offsets = [];
	objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
	const xref = out.length;
	out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
	for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}

const photoFile = (data = jpeg(), filename = 'foto.jpg', type = 'image/jpeg') => ({ field: 'foto', filename, type, data });
const pdfFile = (data = pdf(), filename = 'documento.pdf') => ({ field: 'documento', filename, type: 'application/pdf', data });

/* ------------------------------------------------------------------- mail */

const MAILDIR = path.join(TEST_VAR, 'mail');

// Quoted-printable (RFC 2045) back to text: soft line breaks removed, =XX
// bytes decoded, the result read as UTF-8.
function qpDecode(s) {
	const bytes = [];
	const src = Buffer.from(s.replace(/=\r?\n/g, ''), 'utf8');
	for (let i = 0; i < src.length; i++) {
		if (src[i] === 0x3d && /^[0-9A-Fa-f]{2}$/.test(src.subarray(i + 1, i + 3).toString('latin1'))) {
			bytes.push(parseInt(src.subarray(i + 1, i + 3).toString('latin1'), 16));
			i += 2;
		} else bytes.push(src[i]);
	}
	return Buffer.from(bytes).toString('utf8');
}

// The .eml files the stack's SMTP sink wrote (TEST_VAR/mail), as
// { file, raw, headers (text), body (decoded) }; SINCE (ms since the epoch):
// only the files written since then.
function mails({ since = 0 } = {}) {
	let names = [];
	// NNNNNN.eml only: the sink writes .tmp-PID-NNNNNN.eml first, then renames it
	try { names = fs.readdirSync(MAILDIR).filter((n) => /^\d+\.eml$/.test(n)).sort(); } catch { return []; }
	return names.map((n) => {
		let raw;
		try {
			const file = path.join(MAILDIR, n);
			if (since && fs.statSync(file).mtimeMs < since) return null;
			raw = fs.readFileSync(file, 'utf8');
		} catch { return null; }
		const sep = raw.search(/\r?\n\r?\n/);
		const headers = sep < 0 ? raw : raw.slice(0, sep);
		let body = sep < 0 ? '' : raw.slice(sep).replace(/^\r?\n\r?\n/, '');
		if (/^Content-Transfer-Encoding:\s*quoted-printable/mi.test(headers)) body = qpDecode(body);
		return { file: n, raw, headers, body, text: `${headers}\n\n${body}` };
	}).filter(Boolean);
}

// The guest form's opening time signed as the stack signs it (the app secret
// ctl.sh made), so that a test can move the clock back instead of waiting.
function guestStamp(seconds) {
	const key = fs.readFileSync(path.join(TEST_VAR, 'secrets', 'app.pw'), 'utf8').split('\n')[0];
	return `${seconds}.${crypto.createHmac('sha256', key).update(String(seconds)).digest('hex')}`;
}

module.exports = {
	CITIZENS, Client, loggedIn, guestStamp,
	sql, sqlValue, q, DBSOCK, caseRow, attachmentCount,
	multipart, csrfOf, hiddenFields, errorsOf, inputValue, textareaValue, selectedOption,
	summaryOf, summaryMap, timelineOf, areaCases, attachmentIds, codeDisplay, randomCode, itDate,
	dueDate, validFields,
	jpeg, png, pngDeclaring, gpsJpeg, gpsNeedles, GPS, truncatedJpeg, polyglotJpeg, POLYGLOT_TAIL,
	oversizedJpeg, pdf, photoFile, pdfFile, crc32,
	MAILDIR, mails, WORK,
};
