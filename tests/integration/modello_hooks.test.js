'use strict';
// Every page type of the Modello Comuni site, swept for the hooks AgID's checker
// (pa-website-validator-ng 1.1.38) reads: the first-level menu (order, labels,
// each hook once), all-topics and the personal-area login, the footer's hooks and
// their targets, the rating component with its exact wording, the breadcrumb,
// the page index where the model has one; then, once each, the second-level
// titles (and the pages they lead to), the service pages' sections and JSON-LD,
// the topics' vocabulary. The expected strings are data, taken from the checker's
// source: lib/modello_checker.js. The finer behaviour of each part is tested
// where it is built (modello_frame, rating, pages, amministrazione, novita).
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { get, page, textOf, decodeEntities, h1Of, jsonLd, BASE_URL } = require('./lib/http');
const C = require('./lib/modello_checker');

// [label, path, breadcrumb after "Home" (null: the home, which has none), page index?]
const PAGE_TYPES = [
	['home', '/', null, false],
	['Amministrazione', '/amministrazione', ['Amministrazione'], false],
	['Organi di governo', '/amministrazione/organi-di-governo', ['Amministrazione', 'Organi di governo'], true],
	['Aree amministrative', '/amministrazione/aree-amministrative', ['Amministrazione', 'Aree amministrative'], false],
	['an area', '/amministrazione/aree-amministrative/area-servizi-demografici',
		['Amministrazione', 'Aree amministrative', 'Area Servizi demografici'], true],
	['Uffici (Amministrazione)', '/amministrazione/uffici', ['Amministrazione', 'Uffici'], false],
	['an office', '/uffici/ufficio-anagrafe', ['Amministrazione', 'Uffici', 'Ufficio Anagrafe'], true],
	['Enti e fondazioni', '/amministrazione/enti-e-fondazioni', ['Amministrazione', 'Enti e fondazioni'], false],
	['an ente', '/amministrazione/enti-e-fondazioni/fondazione-teatro-valdimonte',
		['Amministrazione', 'Enti e fondazioni', 'Fondazione Teatro di Valdimonte'], true],
	['Politici', '/amministrazione/politici', ['Amministrazione', 'Politici'], false],
	['a politician', '/persone/paolo-benedetti', ['Amministrazione', 'Politici', 'Paolo Benedetti'], true],
	['Personale amministrativo', '/amministrazione/personale-amministrativo',
		['Amministrazione', 'Personale amministrativo'], false],
	['Documenti e dati', '/amministrazione/documenti-e-dati', ['Amministrazione', 'Documenti e dati'], false],
	['a document', '/documenti/regolamento-anagrafe',
		['Amministrazione', 'Documenti e dati', 'Regolamento del servizio anagrafico'], true],
	['Novità', '/novita', ['Novità'], false],
	['Notizie', '/novita/notizie', ['Novità', 'Notizie'], false],
	['Comunicati', '/novita/comunicati', ['Novità', 'Comunicati'], false],
	['Avvisi', '/novita/avvisi', ['Novità', 'Avvisi'], false],
	['a news item', '/novita/comunicato-gemellaggio', ['Novità', 'Comunicati', 'Gemellaggio con Saint-Julien'], true],
	['Servizi', '/servizi', ['Servizi'], false],
	['a service category', '/servizi/categoria/tributi-finanze-e-contravvenzioni',
		['Servizi', 'Tributi, finanze e contravvenzioni'], false],
	['a service', '/servizi/certificato-anagrafico', null, true],
	['Vivere il Comune', '/vivere-il-comune', ['Vivere il Comune'], false],
	['Eventi', '/eventi', ['Vivere il Comune', 'Eventi'], false],
	['an event', '/eventi/concerto-di-natale', null, true],
	['Luoghi', '/luoghi', ['Vivere il Comune', 'Luoghi'], false],
	['a place', '/luoghi/biblioteca-comunale', ['Vivere il Comune', 'Luoghi', 'Biblioteca comunale'], true],
	['Argomenti', '/argomenti', ['Argomenti'], false],
	['a topic', '/argomenti/tributi', ['Argomenti', 'Imposte'], false],
	['FAQ', '/faq', ['Domande frequenti'], false],
	['Uffici', '/uffici', ['Uffici'], false],
	['Cerca', '/cerca?q=certificato', ['Cerca'], false],
	['legal notes', '/note-legali', ['Note legali'], false],
	['privacy', '/privacy', ['Informativa privacy'], false],
	['accessibility', '/accessibilita', ['Dichiarazione di accessibilità'], false],
	['improvement plan', '/piano-di-miglioramento', ['Piano di miglioramento del sito'], false],
];

const clean = (s) => decodeEntities(textOf(s)).replace(/\s+/g, ' ').trim();

// Every element carrying data-element="hook" (any tag, nesting of the same tag
// counted): [{ tag, attrs, inner, text }], in document order.
function hooked(html, hook) {
	const out = [];
	const open = new RegExp(`<([a-z][a-z0-9]*)\\b([^>]*\\bdata-element="${hook}"[^>]*)>`, 'g');
	for (const m of html.matchAll(open)) {
		const tag = m[1];
		const attrs = {};
		for (const a of m[2].matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = decodeEntities(a[2] ?? '');
		const start = m.index + m[0].length;
		const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
		re.lastIndex = start;
		let depth = 1;
		let end = html.length;
		for (let t; depth > 0 && (t = re.exec(html));) {
			depth += t[1] ? -1 : 1;
			if (depth === 0) end = t.index;
		}
		const inner = ['input', 'img', 'br', 'meta', 'link'].includes(tag) ? '' : html.slice(start, end);
		out.push({ tag, attrs, inner, text: clean(inner) });
	}
	return out;
}

function one(html, hook, label) {
	const list = hooked(html, hook);
	assert.equal(list.length, 1, `${label}: data-element="${hook}" once (found ${list.length})`);
	return list[0];
}

function siteFooter(html) {
	const m = /<footer class="it-footer[\s\S]*<\/footer>/.exec(html);
	assert.ok(m, 'the site footer');
	return m[0];
}

// The first-level menu, all-topics and the login: the checker's labels and order.
function assertMenu(html, label) {
	const nav = one(html, 'main-navigation', label);
	const items = [...nav.inner.matchAll(/data-element="([\w-]+)"/g)].map((m) => m[1]);
	assert.deepEqual(items, C.MENU.map(([hook]) => hook), `${label}: the first-level menu's order`);
	for (const [hook, re] of C.MENU) {
		const a = one(html, hook, label);
		assert.match(a.text, re, `${label}: ${hook}'s label`);
		// a first-level entry off the site scores C.SI.1.6 at 0
		assert.match(a.attrs.href, /^\/[^/]/, `${label}: ${hook} stays on the site`);
	}
	// the checker takes a custom-submenu for a fifth entry (C.SI.1.6 is 1 for exactly the four)
	// and the titles of its custom-category-link pages for titles outside the model (C.SI.1.7)
	assert.equal(hooked(html, 'custom-submenu').length, 0, `${label}: no custom first-level entry`);
	// the link the checker follows (the first all-topics with an href; /cerca's topic filter has none)
	const topics = hooked(html, 'all-topics').filter((a) => a.attrs.href);
	assert.deepEqual(topics.map((a) => a.attrs.href), ['/argomenti'], `${label}: one all-topics link`);
	assert.equal(new URL(one(html, 'personal-area-login', label).attrs.href, BASE_URL).pathname, '/auth/login');
}

// The footer's hooks, inside <footer>, with their accepted texts.
function assertFooter(html, label) {
	const footer = siteFooter(html);
	for (const [hook, want] of Object.entries(C.FOOTER)) {
		const a = one(footer, hook, `${label} (footer)`);
		assert.ok(a.attrs.href, `${label}: ${hook} is a link`);
		assert.match(a.text, want.text, `${label}: ${hook}'s text`);
		if (want.href) assert.match(a.attrs.href, want.href, `${label}: ${hook}'s target`);
	}
}

// The rating component, worded exactly as the checker wants.
function assertFeedback(html, label) {
	const F = C.FEEDBACK;
	const box = one(html, F.component, label).inner;
	assert.equal(one(box, F.title[0], label).text, F.title[1], `${label}: the rating's question`);
	for (let i = 1; i <= F.rate[1]; i++) one(box, `${F.rate[0]}${i}`, label);
	assert.equal(hooked(box, `${F.rate[0]}${F.rate[1] + 1}`).length, 0, `${label}: ${F.rate[1]} stars only`);
	for (const [hook, question, answers] of [F.positive, F.negative]) {
		const side = one(box, hook, label).inner;
		assert.equal(one(side, F.question, `${label} ${hook}`).text, question, `${label}: ${hook} question`);
		assert.deepEqual(hooked(side, F.answer).map((a) => a.text), answers, `${label}: ${hook} answers`);
	}
	one(box, F.input, label);
}

// The breadcrumb: "Home", then the page's place in the menu.
function breadcrumbOf(html, label) {
	const items = [...one(html, 'breadcrumb', label).inner.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)];
	return items.map((m) => clean(m[1].replace(/<span class="separator"[^>]*>[^<]*<\/span>/g, '')));
}

// The page index: its links go to sections of the page.
function assertPageIndex(html, label) {
	const links = [...one(html, 'page-index', label).inner.matchAll(/<a\b[^>]*href="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)];
	assert.ok(links.length >= 1, `${label}: a page index with entries`);
	for (const [, id] of links) assert.match(html, new RegExp(`\\bid="${id}"`), `${label}: index entry #${id}`);
	return links.map((m) => clean(m[2]));
}

describe('the checker\'s hooks on every page type', () => {
	for (const [label, urlPath, trail, index] of PAGE_TYPES) {
		test(`${label} ${urlPath}`, async () => {
			const html = await page(urlPath);
			assertMenu(html, label);
			assertFooter(html, label);
			assertFeedback(html, label);
			if (trail) assert.deepEqual(breadcrumbOf(html, label), ['Home', ...trail], `${label}: breadcrumb`);
			// (the search's title names the query: "Risultati per «...»")
			if (trail && !urlPath.includes('?')) assert.equal(trail.at(-1), clean(h1Of(html)), `${label}: breadcrumb = title`);
			if (index) assertPageIndex(html, label);
		});
	}
});

describe('the footer\'s targets', () => {
	test('each hook leads to a page that answers', async () => {
		const footer = siteFooter(await page('/'));
		for (const hook of Object.keys(C.FOOTER)) {
			const href = one(footer, hook, 'footer').attrs.href;
			if (/^https?:/.test(href)) continue;   // the accessibility statement lives on form.agid.gov.it
			// the URP's office page is demo content (sql/demo), which the test fixtures do not load
			if (hook === 'contacts') { assert.match(href, /^\/uffici\/[a-z0-9-]+$/, 'contacts: an office page'); continue; }
			let r = await get(href);
			if (r.status === 302) r = await get(r.headers.get('location'));   // the disservice form wants a login
			assert.equal(r.status, 200, `${hook} → ${href}`);
			if (hook === 'legal-notes')
				assert.equal(one(r.text, 'legal-notes-section', href).text.toLowerCase(), C.LEGAL_NOTES_SECTION);
		}
	});

	test('appointment-booking is required once the booking flow exists', async () => {
		const booking = await get('/prenota');
		const hooks = hooked(siteFooter(await page('/')), 'appointment-booking');
		if (booking.status === 200) assert.equal(hooks.length, 1, 'the footer links the booking flow');
		else assert.equal(hooks.length, 0, 'no booking hook to a flow that does not exist');
	});
});

describe('second-level titles, as the checker\'s lists spell them', () => {
	for (const sl of C.SECOND_LEVEL.filter((s) => s.hook)) {
		test(`${sl.page}: every ${sl.hook} is a title of the list, and leads to a page of that title`, async () => {
			const links = hooked(await page(sl.page), sl.hook);
			const titles = links.map((a) => a.text.toLowerCase());
			for (const t of titles) assert.ok(sl.dictionary.includes(t), `${sl.page}: "${t}" is not in the checker's list`);
			const variants = sl.dictionary.filter((t) => t.startsWith('agricoltura')).length;
			assert.equal(new Set(titles).size, titles.length, `${sl.page}: no title twice`);
			assert.equal(titles.length, sl.dictionary.length - Math.max(0, variants - 1), `${sl.page}: all the titles`);
			const section = clean(h1Of(await page(sl.page)));
			for (const a of links) {
				const html = await page(a.attrs.href);
				assert.equal(clean(h1Of(html)), a.text, `${a.attrs.href}: the title`);
				assert.deepEqual(breadcrumbOf(html, a.attrs.href), ['Home', section, a.text], `${a.attrs.href}: breadcrumb`);
			}
		});
	}

	test('/vivere-il-comune: the locations and events buttons', async () => {
		const sl = C.SECOND_LEVEL.find((s) => s.hooks);
		const html = await page(sl.page);
		sl.hooks.forEach((hook, i) => {
			const a = one(html, hook, sl.page);
			assert.equal(a.attrs.href, `/${sl.dictionary[i]}`, `${hook}'s target`);
			assert.match(a.text.toLowerCase(), new RegExp(sl.dictionary[i]), `${hook}'s text`);
		});
		assert.ok(hooked(html, 'event-link').length >= 1, 'an event-link for the checker to follow');
	});
});

describe('service pages', () => {
	test('every service: sections, page index in the checker\'s order, breadcrumb, JSON-LD', async () => {
		const services = hooked(await page('/servizi'), 'service-link').map((a) => a.attrs.href);
		assert.ok(services.length >= 5, 'services to check');
		for (const href of services) {
			const html = await page(href);
			for (const hook of [...C.SERVICE_HEADER, ...C.SERVICE_SECTIONS])
				assert.ok(hooked(html, hook).length >= 1, `${href}: data-element="${hook}"`);
			assert.ok(C.SERVICE_ACCESS.some((h) => hooked(html, h).length), `${href}: a way to access the service`);
			assert.ok(one(html, 'service-area', href).text.length >= 3, `${href}: the responsible office`);
			const entries = assertPageIndex(html, href).filter((e) => C.SERVICE_INDEX.includes(e));
			assert.deepEqual(entries, C.SERVICE_INDEX, `${href}: the page index's mandatory entries, in order`);
			const trail = breadcrumbOf(html, href).map((x) => x.toLowerCase().replaceAll(/[^a-zA-Z0-9 ]/g, '').trim());
			const i = trail.indexOf('servizi');
			assert.ok(i >= 0 && (trail[i + 1] || '').length >= 3, `${href}: Servizi and the category in the breadcrumb`);
			const ld = JSON.parse(one(html, 'metatag', href).inner);
			for (const p of C.METATAG_REQUIRED) {
				const v = p.split('.').reduce((o, k) => (o == null ? o : o[k]), ld);
				assert.ok(typeof v === 'string' && v.length > 0, `${href}: JSON-LD ${p}`);
			}
			assert.deepEqual(jsonLd(html).filter((x) => x === undefined), []);
		}
	});
});

describe('topics from the controlled vocabulary', () => {
	test('every topic-element of /argomenti is in the Modello Comuni list (C.SI.1.5 at 1)', async () => {
		const home = await page('/');
		const all = one(home, 'all-topics', 'home').attrs.href;
		const topics = hooked(await page(all), 'topic-element');
		assert.ok(topics.length > 0, 'topics listed');
		const vocab = C.TOPICS.map((t) => t.toLowerCase());
		for (const t of topics) {
			assert.ok(vocab.includes(t.text.toLowerCase()), `"${t.text}" is not in the model's vocabulary`);
			assert.equal((await get(t.attrs.href)).status, 200, `${t.attrs.href} answers`);
		}
	});
});
