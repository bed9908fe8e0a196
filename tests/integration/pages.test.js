'use strict';
// Every page type of the portal against the fixture catalogue
// (tests/fixtures/catalogue.sql): status, <title>, <h1> and the content users
// rely on.
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
	get, page, titleOf, h1Of, textOf, count, serviceCards, jsonLd, decodeEntities,
	assertErrorPage, assertSitePage, SITE_NAME,
} = require('./lib/http');

const TOPICS = {
	'anagrafe-e-stato-civile': 'Anagrafe',
	tributi: null,
	'mobilita-e-trasporti': null,
	ambiente: null,
};
const OFFICES = ['ufficio-anagrafe', 'ufficio-tributi', 'polizia-locale'];
const TOTAL_SERVICES = 25;
const PAGE_SIZE = 12;

// "<h2 ...>N servizi trovati..." on /servizi
function foundCount(html) {
	const m = /id="elenco-servizi">(\d+) servizi? trovat[oi]/.exec(html);
	if (m) return Number(m[1]);
	return /id="elenco-servizi">Nessun servizio trovato/.test(html) ? 0 : null;
}

function assertTitle(html, expected) {
	assert.equal(titleOf(html), `${expected} - ${SITE_NAME}`);
}

// The <a data-element="DE"> of HTML: [{ href, text }]
function hooks(html, de) {
	return [...html.matchAll(new RegExp(`<a\\b([^>]*)\\bdata-element="${de}"[^>]*>([\\s\\S]*?)</a>`, 'g'))]
		.map((m) => ({ href: (/href="([^"]*)"/.exec(m[0]) || [])[1], text: textOf(m[2]).trim() }));
}

describe('home page /', () => {
	test('answers 200 with the site name, topics and a search form', async () => {
		const html = await page('/');
		assertSitePage(html, '/');
		assert.ok(titleOf(html).includes(SITE_NAME), 'title names the site');
		assert.equal(h1Of(html), SITE_NAME);
		for (const slug of Object.keys(TOPICS))
			assert.match(html, new RegExp(`<a href="/argomenti/${slug}">`), `topic ${slug} linked`);
		assert.ok(html.includes('>Anagrafe</a>'), 'topic name shown');
		const form = /<form\b[^>]*\baction="\/cerca"[^>]*>([\s\S]*?)<\/form>/.exec(html);
		assert.ok(form, 'a search form with action /cerca');
		assert.match(form[0], /method="get"/i);
		assert.match(form[1], /<input\b[^>]*\bname="q"/, 'search form has a q field');
	});

	test('shows the most requested services, the CIE first', async () => {
		const html = await page('/');
		const m = /id="home-servizi">([\s\S]*?)<\/section>/.exec(html);
		assert.ok(m, 'a "most requested services" section');
		assert.match(m[1], /Servizi più richiesti/);
		const cards = serviceCards(m[0]);
		assert.ok(cards.length >= 3, `several popular services (${cards.length})`);
		assert.equal(cards[0], 'carta-identita-elettronica', 'the most popular service comes first');
		// by popularity (tests/fixtures/README.md)
		assert.deepEqual(cards.slice(0, 5), ['carta-identita-elettronica', 'pagamento-tari', 'certificato-anagrafico',
			'pagamento-multe', 'pagamento-imu']);
		assert.ok(!cards.includes('servizio-con-caratteri-speciali'), 'the least requested is not shown');
	});
});

describe('service catalogue /servizi', () => {
	test('lists 25 services, 12 cards on page 1, with pagination to page 2', async () => {
		const html = await page('/servizi');
		assertTitle(html, 'Servizi');
		assert.equal(h1Of(html), 'Servizi');
		assert.equal(foundCount(html), TOTAL_SERVICES);
		assert.equal(serviceCards(html).length, PAGE_SIZE);
		assert.match(html, /href="\/servizi\?pagina=2"/, 'a link to page 2');
		assert.match(html, /href="\/servizi\?pagina=3"/, 'a link to page 3');
		assert.match(html, /aria-label="Paginazione dei servizi"/);
		assert.match(html, /aria-current="page" data-element="pager-link"><span class="visually-hidden">Pagina <\/span>1</, 'page 1 is current');
		assert.doesNotMatch(html, /href="\/servizi\?pagina=4"/);
	});

	test('pages partition the catalogue: 12 + 12 + 1, no duplicates, sorted by title', async () => {
		const p1 = serviceCards(await page('/servizi'));
		const p2html = await page('/servizi?pagina=2');
		assertTitle(p2html, 'Servizi - pagina 2');
		const p2 = serviceCards(p2html);
		const p3html = await page('/servizi?pagina=3');
		const p3 = serviceCards(p3html);
		assert.equal(p2.length, PAGE_SIZE);
		assert.equal(p3.length, 1, 'page 3 has 1 card');
		assert.equal(foundCount(p3html), TOTAL_SERVICES);
		assert.match(p3html, /href="\/servizi\?pagina=2"/, 'page 3 links back to page 2');
		const all = [...p1, ...p2, ...p3];
		assert.equal(new Set(all).size, TOTAL_SERVICES, 'every service exactly once');
		for (const slug of ['certificato-anagrafico', 'carta-identita-elettronica', 'cambio-di-residenza',
			'pagamento-imu', 'contributo-affitto', 'permesso-sosta-residenti', 'servizio-con-caratteri-speciali'])
			assert.ok(all.includes(slug), `${slug} is listed`);
	});

	test('?pagina=4 (past the last page) answers 404', async () => {
		const r = await get('/servizi?pagina=4');
		assertErrorPage(r, 404, '/servizi?pagina=4');
	});

	test('?destinatari=imprese lists the 5 services for businesses', async () => {
		const html = await page('/servizi?destinatari=imprese');
		assert.equal(foundCount(html), 5);
		const cards = serviceCards(html);
		assert.equal(cards.length, 5);
		assert.ok(cards.includes('pagamento-imu'), 'IMU is for businesses too');
		assert.ok(!cards.includes('certificato-anagrafico'));
		assert.match(html, /id="dest-imprese" name="destinatari" value="imprese" checked/, 'the filter is shown selected');
		assert.doesNotMatch(html, /pagina=2/, 'one page only');
	});

	test('?destinatari=cittadini excludes business-only services', async () => {
		const html = await page('/servizi?destinatari=cittadini');
		assert.equal(foundCount(html), 24);
		const all = [...serviceCards(html), ...serviceCards(await page('/servizi?destinatari=cittadini&pagina=2'))];
		assert.equal(all.length, 24);
		assert.ok(!all.includes('canone-unico-esposizione-pubblicitaria'), 'the business-only service is excluded');
		assert.match(html, /href="\/servizi\?destinatari=cittadini&amp;pagina=2"|href="\/servizi\?destinatari=cittadini&pagina=2"/,
			'pagination keeps the filter');
	});

	test('?argomento=tributi shows only the services of that topic', async () => {
		const html = await page('/servizi?argomento=tributi');
		const n = foundCount(html);
		const cards = serviceCards(html);
		assert.equal(n, 9, 'tributi has 9 services');
		assert.equal(cards.length, 9);
		for (const s of ['pagamento-imu', 'dichiarazione-imu', 'pagamento-tari', 'contributo-affitto', 'compostaggio-domestico'])
			assert.ok(cards.includes(s), `${s} is a tributi service`);
		assert.ok(cards.includes('pagamento-imu'));
		assert.ok(!cards.includes('certificato-anagrafico'));
		assert.ok(!cards.includes('carta-identita-elettronica'));
		assert.match(html, /<option value="tributi" selected>/, 'the topic is shown selected');
		// the same services as the topic's own page
		const topic = serviceCards(await page('/argomenti/tributi'));
		if (n <= PAGE_SIZE) assert.deepEqual([...cards].sort(), [...topic].sort());
	});

	test('filters combine: ?argomento=tributi&destinatari=imprese', async () => {
		const html = await page('/servizi?argomento=tributi&destinatari=imprese');
		const cards = serviceCards(html);
		assert.equal(foundCount(html), 4);
		assert.deepEqual([...cards].sort(), ['canone-unico-esposizione-pubblicitaria', 'dichiarazione-imu', 'pagamento-imu',
			'pagamento-tari']);
		const none = await page('/servizi?argomento=anagrafe-e-stato-civile&destinatari=imprese');
		assert.equal(foundCount(none), 0);
		assert.match(none, /Nessun risultato/);
	});

	test('?destinatari=xyz answers 400 with an Italian message', async () => {
		const r = await get('/servizi?destinatari=xyz');
		assertErrorPage(r, 400, '/servizi?destinatari=xyz');
		assert.match(r.text, /cittadini/);
	});

	test('an unknown topic filter lists nothing but is not an error', async () => {
		const html = await page('/servizi?argomento=argomento-inesistente');
		assert.equal(foundCount(html), 0);
		assert.equal(serviceCards(html).length, 0);
		assert.match(html, /Nessun risultato/);
	});
});

describe('service page /servizi/certificato-anagrafico', () => {
	let html;
	const load = async () => (html ??= await page('/servizi/certificato-anagrafico'));

	test('answers 200 with title, h1 and data-element attributes', async () => {
		await load();
		assertTitle(html, 'Certificato anagrafico');
		assert.match(html, /<h1 data-element="service-title">Certificato anagrafico<\/h1>/);
		assert.match(html, /data-element="service-description">[^<]+</, 'a short description');
		assert.match(html, /data-element="service-status"[^>]*>[\s\S]*?Servizio attivo/);
		for (const de of ['page-index', 'service-addressed', 'service-extended-description', 'service-how-to',
			'service-needed', 'service-achieved', 'service-calendar-text', 'service-cost', 'service-file',
			'service-area', 'service-topic', 'metadata', 'breadcrumb'])
			assert.match(html, new RegExp(`data-element="${de}"`), `data-element="${de}"`);
		assert.match(html, /<link rel="canonical" href="(https?:\/\/[^"/]+)?\/servizi\/certificato-anagrafico">/);
	});

	test('has the sections of the "scheda servizio" in the mandated order', async () => {
		await load();
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		const h2s = [...main.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/g)].map((m) => ({
			id: (/\bid="([^"]*)"/.exec(m[1]) || [])[1],
			text: textOf(m[2]),
			at: m.index,
		}));
		const find = (re) => {
			const h = h2s.find((x) => re.test(x.text));
			assert.ok(h, `a section heading matching ${re} (headings: ${h2s.map((x) => x.text).join(' | ')})`);
			return h;
		};
		const order = [
			/^A chi è rivolto$/, /^Descrizione$/, /^Come fare$/, /^Cosa serve$/, /^Cosa si ottiene$/,
			/^Tempi e scadenze$/, /^Quanto costa$/, /^Acced(i|ere) al servizio$/, /^Condizioni di servizio$/,
		].map(find);
		const office = find(/^Unità organizzativa responsabile$/);
		const contacts = find(/^Contatti$/);
		const topics = find(/^Argomenti$/);
		for (let i = 1; i < order.length; i++)
			assert.ok(order[i - 1].at < order[i].at, `"${order[i - 1].text}" before "${order[i].text}"`);
		const last = order[order.length - 1];
		assert.ok(last.at < office.at && last.at < contacts.at, 'office and contacts after the conditions');
		assert.ok(office.at < topics.at && contacts.at < topics.at, 'topics after office and contacts');
		const updated = main.indexOf('Ultimo aggiornamento');
		assert.ok(updated > topics.at, '"Ultimo aggiornamento" comes last');
		assert.match(main.slice(updated), /^Ultimo aggiornamento: (<time datetime="\d{4}-\d{2}-\d{2}">)?\d{2}\/\d{2}\/\d{4}/);
		// every section has an id the page index links to
		for (const h of [...order, office, contacts, topics]) {
			assert.ok(h.id, `"${h.text}" has an id`);
			assert.ok(html.includes(`href="#${h.id}"`), `the page index links #${h.id}`);
		}
	});

	test('offers online access and shows its last update', async () => {
		await load();
		assert.match(html, /<a class="btn btn-primary" href="https:\/\/servizi\.comune\.valdimonte\.it\/anagrafe\/certificato-anagrafico" data-element="service-online-access">/);
		assert.match(html, /Richiedi online/);
		assert.match(html, /Ultimo aggiornamento: <time datetime="2026-06-10">10\/06\/2026<\/time>/);
		const aud = /class="vm-audience">([\s\S]*?)<\/div>/.exec(html);
		assert.match(aud[1], /Cittadini/);
		assert.doesNotMatch(aud[1], /Imprese/);
	});

	test('names its office and topic', async () => {
		await load();
		const area = /data-element="service-area">([\s\S]*?)<\/div>/.exec(html);
		assert.ok(area);
		assert.match(area[1], /<a href="\/uffici\/ufficio-anagrafe">Ufficio Anagrafe<\/a>/);
		assert.ok(area[1].includes('0577 900100'), 'office phone');
		assert.match(html, /<a class="vm-tag" href="\/argomenti\/anagrafe-e-stato-civile" data-element="service-topic">Anagrafe<\/a>/);
	});

	test('has a breadcrumb Home > Servizi > its category > the service', async () => {
		await load();
		const bc = /<ol class="breadcrumb" data-element="breadcrumb">([\s\S]*?)<\/ol>/.exec(html);
		assert.ok(bc, 'a breadcrumb');
		const items = [...bc[1].matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[0]);
		assert.ok(items.length >= 3);
		assert.match(items[0], /<a href="\/">Home<\/a>/);
		assert.match(items[1], /<a href="\/servizi">Servizi<\/a>/);
		const lastItem = items[items.length - 1];
		assert.match(lastItem, /aria-current="page"/);
		assert.equal(textOf(lastItem), 'Certificato anagrafico');
		assert.equal(items.length, 4);
		assert.match(items[2], /<a href="\/servizi\/categoria\/anagrafe-e-stato-civile">Anagrafe e stato civile<\/a>/);
	});

	test('shows its category, linked to the category page', async () => {
		await load();
		assert.match(html, /<a class="vm-tag" href="\/servizi\/categoria\/anagrafe-e-stato-civile">Anagrafe e stato civile<\/a>/);
	});

	test('carries JSON-LD of @type GovernmentService with the right name', async () => {
		await load();
		const blocks = jsonLd(html);
		assert.equal(blocks.length, 1, 'one JSON-LD block');
		const data = JSON.parse(blocks[0]);
		assert.equal(data['@context'], 'https://schema.org');
		assert.equal(data['@type'], 'GovernmentService');
		assert.equal(data.name, 'Certificato anagrafico');
		assert.equal(typeof data.description, 'string');
		assert.ok(data.description.length > 0);
		assert.equal(data.provider && data.provider.name, SITE_NAME);
		if (data.url) assert.match(data.url, /^(https?:\/\/[^/]+)?\/servizi\/certificato-anagrafico$/);
	});
});

describe('other service pages', () => {
	test('the CIE page shows its cost (22,21 euro)', async () => {
		const html = await page('/servizi/carta-identita-elettronica');
		assert.equal(h1Of(html), "Carta d'identità elettronica");
		assertTitle(html, "Carta d'identità elettronica");
		const cost = /data-element="service-cost">([\s\S]*?)<\/div>/.exec(html);
		assert.ok(cost);
		assert.ok(textOf(cost[1]).includes('22,21 euro'), 'the cost section mentions 22,21 euro');
		assert.equal(JSON.parse(jsonLd(html)[0]).name, "Carta d'identità elettronica");
	});

	test('an inactive service says so and shows the reason', async () => {
		const html = await page('/servizi/contributo-affitto');
		assert.match(html, /data-element="service-status"[^>]*>[\s\S]*?Servizio non attivo/);
		assert.ok(textOf(html).includes('Il bando 2026 è chiuso.'), 'the reason is shown');
		assert.doesNotMatch(html, /data-element="service-online-access"/, 'no online access button');
		// and it is marked inactive in the catalogue
		for (let p = 1; p <= 3; p++) {
			const list = await page(`/servizi${p > 1 ? `?pagina=${p}` : ''}`);
			const i = list.indexOf('href="/servizi/contributo-affitto"');
			if (i < 0) continue;
			const card = list.slice(i, list.indexOf('</article>', i));
			assert.match(card, /Non attivo/);
			return;
		}
		assert.fail('contributo-affitto is not in the catalogue');
	});

	test('a service for citizens and businesses lists both audiences', async () => {
		const html = await page('/servizi/pagamento-imu');
		const aud = /class="vm-audience">([\s\S]*?)<\/div>/.exec(html);
		assert.ok(aud);
		assert.match(aud[1], /Cittadini/);
		assert.match(aud[1], /Imprese/);
		assert.equal(JSON.parse(jsonLd(html)[0]).audience.audienceType, 'Cittadini e imprese');
	});
});

describe('topics', () => {
	test('/argomenti lists the 4 topics', async () => {
		const html = await page('/argomenti');
		assertTitle(html, 'Argomenti');
		assert.equal(h1Of(html), 'Argomenti');
		for (const slug of Object.keys(TOPICS))
			assert.match(html, new RegExp(`href="/argomenti/${slug}"`), slug);
		assert.ok(html.includes('>Anagrafe</a>'));
	});

	test('/argomenti/anagrafe-e-stato-civile shows its services, FAQ and offices', async () => {
		const html = await page('/argomenti/anagrafe-e-stato-civile');
		assertTitle(html, 'Anagrafe');
		assert.equal(h1Of(html), 'Anagrafe');
		const cards = serviceCards(html);
		assert.equal(cards.length, 9, 'its 9 services');
		for (const s of ['certificato-anagrafico', 'carta-identita-elettronica', 'cambio-di-residenza'])
			assert.ok(cards.includes(s), `${s} listed`);
		assert.ok(!cards.includes('pagamento-imu'));
		assert.match(html, /href="\/uffici\/ufficio-anagrafe">Ufficio Anagrafe</, 'its office');
		assert.match(html, /href="\/faq#faq-come-richiedere-certificato"/, 'its FAQ');
		assert.match(html, /<a href="\/argomenti">Argomenti<\/a>/, 'breadcrumb back to the topics');
	});

	test('an unknown topic answers 404', async () => {
		assertErrorPage(await get('/argomenti/argomento-inesistente'), 404, 'unknown topic');
	});
});

// The 15 service categories of the Modello Comuni, with the titles AgID's
// checker accepts (pa-website-validator-ng 1.1.38, src/storage/municipality/
// menuItems.ts, services.dictionary; C.SI.1.7), and their slugs (sql/040).
const CATEGORIES = {
	'agricoltura-e-pesca': 'Agricoltura e pesca',
	ambiente: 'Ambiente',
	'anagrafe-e-stato-civile': 'Anagrafe e stato civile',
	'appalti-pubblici': 'Appalti pubblici',
	autorizzazioni: 'Autorizzazioni',
	'catasto-e-urbanistica': 'Catasto e urbanistica',
	'cultura-e-tempo-libero': 'Cultura e tempo libero',
	'educazione-e-formazione': 'Educazione e formazione',
	'giustizia-e-sicurezza-pubblica': 'Giustizia e sicurezza pubblica',
	'imprese-e-commercio': 'Imprese e commercio',
	'mobilita-e-trasporti': 'Mobilità e trasporti',
	'salute-benessere-e-assistenza': 'Salute, benessere e assistenza',
	'tributi-finanze-e-contravvenzioni': 'Tributi, finanze e contravvenzioni',
	turismo: 'Turismo',
	'vita-lavorativa': 'Vita lavorativa',
};
// tests/fixtures/README.md, "Service categories"
const CATEGORY_COUNTS = {
	'anagrafe-e-stato-civile': 9, 'tributi-finanze-e-contravvenzioni': 8, 'mobilita-e-trasporti': 3,
	autorizzazioni: 2, ambiente: 2, 'salute-benessere-e-assistenza': 1,
};

// Every service of the fixture, through the category pages.
async function servicesByCategory() {
	const out = {};
	for (const slug of Object.keys(CATEGORIES)) out[slug] = serviceCards(await page(`/servizi/categoria/${slug}`));
	return out;
}

describe('service categories (Modello Comuni)', () => {
	test('/servizi links the 15 categories with their exact titles (service-category-link)', async () => {
		const html = await page('/servizi');
		const links = hooks(html, 'service-category-link');
		assert.equal(links.length, 15);
		assert.deepEqual(links.map((l) => l.text).sort(), Object.values(CATEGORIES).sort());
		for (const l of links) {
			const slug = Object.keys(CATEGORIES).find((k) => CATEGORIES[k] === l.text);
			assert.equal(l.href, `/servizi/categoria/${slug}`, l.text);
		}
		assert.match(html, /<h2[^>]*>Esplora per categoria<\/h2>/);
	});

	test('/servizi has the search, the featured services and the pager hooks', async () => {
		const html = await page('/servizi');
		assert.match(html, /<h2[^>]*>Esplora tutti i servizi<\/h2>/);
		const form = /<form\b[^>]*action="\/cerca"[^>]*>([\s\S]*?)<\/form>/.exec(html);
		assert.ok(form, 'a search form');
		assert.match(form[1], /<input type="hidden" name="tipo" value="servizi">/, 'searching services');
		assert.match(form[1], /<input\b[^>]*name="q"/);
		const featured = /id="servizi-evidenza">Servizi in evidenza<\/h2>([\s\S]*?)<\/ul>/.exec(html);
		assert.ok(featured, 'the featured services');
		assert.deepEqual([...featured[1].matchAll(/href="\/servizi\/([a-z0-9-]+)"/g)].map((m) => m[1]).slice(0, 3),
			['carta-identita-elettronica', 'pagamento-tari', 'certificato-anagrafico']);
		assert.equal(hooks(html, 'pager-link').length, 3, 'a pager-link per page');
		assert.equal(hooks(html, 'service-link').length, PAGE_SIZE);
	});

	test('each category page has the model title, breadcrumb and its services', async () => {
		for (const [slug, title] of Object.entries(CATEGORIES)) {
			const html = await page(`/servizi/categoria/${slug}`);
			assertTitle(html, title);
			assert.equal(h1Of(html), title);
			const bc = /<ol class="breadcrumb" data-element="breadcrumb">([\s\S]*?)<\/ol>/.exec(html);
			assert.deepEqual([...bc[1].matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]).replace('/', '').trim()),
				['Home', 'Servizi', title]);
			assert.match(bc[1], /<a href="\/servizi">Servizi<\/a>/);
			assert.equal(serviceCards(html).length, CATEGORY_COUNTS[slug] || 0, slug);
			if (!CATEGORY_COUNTS[slug]) assert.match(html, /Nessun servizio in questa categoria/);
		}
	});

	test('every service is in exactly one category', async () => {
		const by = await servicesByCategory();
		const all = Object.values(by).flat();
		assert.equal(all.length, TOTAL_SERVICES, 'as many entries as services');
		assert.equal(new Set(all).size, TOTAL_SERVICES, 'no service in two categories');
		const list = [];
		for (let p = 1; p <= 3; p++) list.push(...serviceCards(await page(`/servizi${p > 1 ? `?pagina=${p}` : ''}`)));
		assert.deepEqual([...new Set(all)].sort(), list.sort(), 'the same services as /servizi');
		assert.ok(by['mobilita-e-trasporti'].includes('permesso-ztl'));
		assert.ok(by['tributi-finanze-e-contravvenzioni'].includes('pagamento-multe'));
	});

	test('the category page lists the offices of its services', async () => {
		const html = await page('/servizi/categoria/tributi-finanze-e-contravvenzioni');
		const offices = /id="categoria-uffici">Uffici<\/h2>([\s\S]*?)<\/ul>/.exec(html);
		assert.ok(offices);
		assert.deepEqual([...offices[1].matchAll(/href="\/uffici\/([a-z0-9-]+)"/g)].map((m) => m[1]).sort(),
			['polizia-locale', 'ufficio-tributi']);
	});

	test('an unknown category answers 404; /servizi/categoria is not a page', async () => {
		assertErrorPage(await get('/servizi/categoria/categoria-inesistente'), 404, 'unknown category');
		assertErrorPage(await get('/servizi/categoria/Anagrafe'), 404, 'not a slug');
		assertErrorPage(await get('/servizi/categoria'), 404, 'no category');
	});
});

// The JSON-LD the checker validates for R.SI.1.1 (pa-website-validator-ng
// 1.1.38, src/audits/municipality_metatag/index.ts, metatadaJSONStructure).
function assertMetatag(html, label) {
	const blocks = [...html.matchAll(/<script type="application\/ld\+json" data-element="metatag">([\s\S]*?)<\/script>/g)];
	assert.equal(blocks.length, 1, `${label}: one metatag block`);
	assert.equal(count(html, /data-element="metatag"/g), 1, `${label}: one data-element="metatag"`);
	const d = JSON.parse(blocks[0][1]);
	const nonEmpty = (v, what) => assert.ok(typeof v === 'string' && v.length > 0, `${label}: ${what}`);
	nonEmpty(d.name, 'name');
	nonEmpty(d.serviceType, 'serviceType');
	nonEmpty(d.serviceOperator && d.serviceOperator.name, 'serviceOperator.name');
	nonEmpty(d.areaServed && d.areaServed.name, 'areaServed.name');
	nonEmpty(d.audience && d.audience.audienceType, 'audience.audienceType');
	const ch = d.availableChannel || {};
	nonEmpty(ch.serviceUrl, 'availableChannel.serviceUrl');
	const loc = ch.serviceLocation || {};
	nonEmpty(loc.name, 'serviceLocation.name');
	const a = loc.address || {};
	nonEmpty(a.streetAddress, 'address.streetAddress');
	nonEmpty(a.postalCode, 'address.postalCode');
	nonEmpty(a.addressLocality, 'address.addressLocality');
	return d;
}

// The sections C.SI.1.3 requires, each with the hook the checker reads
// (src/storage/municipality/contentTypeItems.ts).
const MANDATORY = [
	['A chi è rivolto', ['service-addressed']], ['Come fare', ['service-how-to']], ['Cosa serve', ['service-needed']],
	['Cosa si ottiene', ['service-achieved']], ['Tempi e scadenze', ['service-calendar-text']],
	['Accedi al servizio', ['service-generic-access', 'service-booking-access', 'service-online-access']],
	['Condizioni di servizio', ['service-file']], ['Contatti', ['service-area']],
];

describe('service pages and the checker (R.SI.1.1, C.SI.1.3, C.SI.2.1, C.SI.2.4)', () => {
	test('the metatag JSON-LD has every field the audit requires', async () => {
		const d = assertMetatag(await page('/servizi/certificato-anagrafico'), 'certificato-anagrafico');
		assert.equal(d['@type'], 'GovernmentService');
		assert.equal(d.name, 'Certificato anagrafico');
		assert.equal(d.serviceType, 'Anagrafe e stato civile', 'the category');
		assert.equal(d.serviceOperator.name, SITE_NAME);
		assert.equal(d.audience.audienceType, 'Cittadini');
		assert.equal(d.availableChannel.serviceUrl, 'https://servizi.comune.valdimonte.it/anagrafe/certificato-anagrafico');
		assert.equal(d.availableChannel.serviceLocation.name, 'Ufficio Anagrafe');
		assert.deepEqual({ ...d.availableChannel.serviceLocation.address, '@type': undefined },
			{ '@type': undefined, streetAddress: 'Piazza del Municipio 1', postalCode: '53100', addressLocality: 'Valdimonte' });
		// without an online channel, the page itself
		const cie = assertMetatag(await page('/servizi/carta-identita-elettronica'), 'cie');
		assert.match(cie.availableChannel.serviceUrl, /^https?:\/\/[^/]+\/servizi\/carta-identita-elettronica$/);
	});

	test('every service: metatag, the mandatory sections in the index with their hooks, category in the breadcrumb', async () => {
		const by = await servicesByCategory();
		for (const [cat, slugs] of Object.entries(by)) for (const slug of slugs) {
			const html = await page(`/servizi/${slug}`);
			assertMetatag(html, slug);
			const index = /<ul data-element="page-index">([\s\S]*?)<\/ul>/.exec(html);
			const entries = [...index[1].matchAll(/<li><a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
			let at = -1;
			for (const [section, des] of MANDATORY) {
				const i = entries.indexOf(section);
				assert.ok(i > at, `${slug}: "${section}" in the page index, in order`);
				at = i;
				assert.ok(des.some((de) => html.includes(`data-element="${de}"`)), `${slug}: a hook of "${section}"`);
			}
			for (const de of ['service-title', 'service-description', 'service-status', 'service-topic'])
				assert.ok(html.includes(`data-element="${de}"`), `${slug}: ${de}`);
			const bc = /<ol class="breadcrumb" data-element="breadcrumb">([\s\S]*?)<\/ol>/.exec(html);
			assert.ok(bc[1].includes(`<a href="/servizi/categoria/${cat}">`), `${slug}: its category ${cat} after Servizi`);
		}
	});

	test('"Tempi e scadenze" keeps the Markdown list and gives it service-calendar-list', async () => {
		const html = await page('/servizi/cambio-di-residenza');
		const m = /<div class="vm-longtext" data-element="service-calendar-text">\s*<div data-element="service-calendar-list"><ul>([\s\S]*?)<\/ul>/.exec(html);
		assert.ok(m, 'the list inside the hook');
		assert.deepEqual([...m[1].matchAll(/<li>/g)].length, 3);
		assert.match(m[1], /Entro 20 giorni dal trasferimento/);
		// a paragraph only: the text hook, no list hook
		const cert = await page('/servizi/certificato-anagrafico');
		assert.match(cert, /data-element="service-calendar-text">\s*<p>Online il certificato/);
		assert.doesNotMatch(cert, /service-calendar-list/);
	});

	test('the booking button leads to our booking flow, /prenota?servizio=SLUG', async () => {
		const html = await page('/servizi/carta-identita-elettronica');
		const b = hooks(html, 'service-booking-access');
		assert.equal(b.length, 1);
		assert.equal(b[0].href, '/prenota?servizio=carta-identita-elettronica');
		assert.match(b[0].text, /Prenota un appuntamento/);
		assert.doesNotMatch(html, /prenotazioni\//, 'no external booking host');
		assert.equal(hooks(await page('/servizi/certificato-anagrafico'), 'service-booking-access').length, 0,
			'no button where the service is not booked');
	});

	test('"Segnala un disservizio" goes to our form for this service', async () => {
		const html = await page('/servizi/certificato-anagrafico');
		assert.match(html, /<a class="btn btn-outline-primary btn-sm" href="\/segnalazioni\/nuova\?tipo=reclamo&amp;servizio=certificato-anagrafico">Segnala un disservizio<\/a>/);
		const r = await get('/segnalazioni/nuova?tipo=reclamo&servizio=certificato-anagrafico');
		assert.notEqual(r.status, 404, 'the form exists');
	});

	test('an inactive service still has its "Accedi al servizio" hook, with the reason', async () => {
		const html = await page('/servizi/contributo-affitto');
		assert.match(html, /<div class="callout warning" data-element="service-generic-access">/);
	});
});

// The controlled vocabulary of the model (C.SI.1.5), kept in the repository.
function vocabulary() {
	return fs.readFileSync(path.join(__dirname, '../fixtures/vocabolario_argomenti.txt'), 'utf8').split('\n')
		.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

describe('topics from the controlled vocabulary (C.SI.1.5)', () => {
	test('the vocabulary file has the 64 terms of the model', () => {
		const v = vocabulary();
		assert.equal(v.length, 64);
		for (const t of ['Agricoltura', 'Anagrafe', 'Sport', 'ZTL', "Accesso all'informazione"])
			assert.ok(v.includes(t), t);
	});

	test('every topic on /argomenti (topic-element) is a term of the vocabulary', async () => {
		const v = new Set(vocabulary().map((t) => t.toLowerCase()));
		const html = await page('/argomenti');
		const topics = [...html.matchAll(/data-element="topic-element"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => textOf(m[1]).trim());
		assert.equal(topics.length, Object.keys(TOPICS).length);
		for (const t of topics) assert.ok(v.has(t.toLowerCase()), `"${t}" is in the vocabulary`);
		// and every topic a service page names
		for (const t of hooks(await page('/servizi/pagamento-tari'), 'service-topic'))
			assert.ok(v.has(t.text.toLowerCase()), `"${t.text}" is in the vocabulary`);
	});

	test('the demo data uses only vocabulary terms as topics', () => {
		const v = new Set(vocabulary().map((t) => t.toLowerCase()));
		const sqlText = fs.readFileSync(path.join(__dirname, '../../sql/demo/catalogue.sql'), 'utf8');
		const block = /INSERT INTO topics \([^)]*\) VALUES\n([\s\S]*?);\n/.exec(sqlText)[1];
		const names = [...block.matchAll(/^\(\d+, '[a-z0-9-]+', '((?:[^']|'')*)'/gm)].map((m) => m[1].replace(/''/g, "'"));
		assert.ok(names.length >= 15, `${names.length} demo topics`);
		for (const n of names) assert.ok(v.has(n.toLowerCase()), `demo topic "${n}" is in the vocabulary`);
	});
});

describe('offices', () => {
	test('/uffici lists the 3 offices', async () => {
		const html = await page('/uffici');
		assertTitle(html, 'Uffici');
		assert.equal(h1Of(html), 'Uffici');
		for (const slug of OFFICES) assert.match(html, new RegExp(`href="/uffici/${slug}"`), slug);
		assert.ok(html.includes('Ufficio Anagrafe'));
	});

	test('/uffici/ufficio-anagrafe shows its phone and services', async () => {
		const html = await page('/uffici/ufficio-anagrafe');
		assertTitle(html, 'Ufficio Anagrafe');
		assert.equal(h1Of(html), 'Ufficio Anagrafe');
		assert.ok(html.includes('0577 900100'), 'phone 0577 900100');
		const cards = serviceCards(html);
		assert.equal(cards.length, 9, 'its 9 services');
		assert.ok(cards.includes('certificato-anagrafico'), 'handles the certificato anagrafico');
		assert.ok(html.includes('Dott.ssa Lucia Bartolini'), 'its manager');
		assert.ok(html.includes('anagrafe@comune.valdimonte.it'), 'its email');
		const hours = /<ul class="vm-hours">([\s\S]*?)<\/ul>/.exec(html);
		assert.ok(hours, 'opening hours');
		assert.deepEqual([...hours[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1])),
			['Lunedì, mercoledì e venerdì: 8:30-12:30', 'Martedì e giovedì: 8:30-12:30 e 15:00-17:30']);
		assert.match(html, /Ultimo aggiornamento: 18\/09\/2026/);
		assert.match(html, /id="ufficio-contatti">Contatti</);
	});

	test('an unknown office answers 404', async () => {
		assertErrorPage(await get('/uffici/ufficio-inesistente'), 404, 'unknown office');
	});
});

describe('FAQ /faq', () => {
	test('lists the 8 questions, each with its anchor', async () => {
		const html = await page('/faq');
		assertTitle(html, 'Domande frequenti');
		assert.equal(h1Of(html), 'Domande frequenti');
		assert.equal(count(html, /<details class="vm-faq-item" id="faq-[a-z0-9-]+">/g), 8);
		assert.match(html, /id="faq-come-richiedere-certificato"/);
		assert.match(html, /href="#faq-come-richiedere-certificato"/, 'a link to the question itself');
	});
});

describe('documents', () => {
	for (const [path, title] of [
		['/accessibilita', 'Dichiarazione di accessibilità'],
		['/privacy', 'Informativa privacy'],
		['/note-legali', 'Note legali'],
	]) {
		test(`${path} answers 200 with "${title}"`, async () => {
			const html = await page(path);
			assertTitle(html, title);
			assert.equal(h1Of(html), title);
			assert.ok(textOf(html).includes('Valdimonte'));
			assert.match(html, /<main id="main-content"[^>]*>[\s\S]*<p>[^<]{40,}/, 'some body text');
		});
	}
});

describe('not found and redirects', () => {
	for (const path of ['/servizi/servizio-inesistente', '/pagina-inesistente', '/servizi/certificato-anagrafico/altro',
		'/faq/domanda', '/static-non-esiste', '/static/css/non-esiste.css',
		'/static/bootstrap-italia/non-esiste.js'])
		test(`${path} answers 404 in the site's look`, async () => {
			const r = await get(path);
			assertErrorPage(r, 404, path);
			assert.ok(decodeEntities(r.text).includes('Pagina non trovata'));
			assert.match(r.text, /href="\/cerca"/, 'offers the search');
		});

	test('/servizi/ redirects (301) to /servizi', async () => {
		const r = await get('/servizi/');
		assert.equal(r.status, 301);
		assert.equal(r.headers.get('location'), '/servizi');
	});

	test('/servizi/certificato-anagrafico/ redirects (301) without the slash', async () => {
		const r = await get('/servizi/certificato-anagrafico/');
		assert.equal(r.status, 301);
		assert.equal(r.headers.get('location'), '/servizi/certificato-anagrafico');
	});

	test('the trailing-slash redirect keeps the query string', async () => {
		const r = await get('/servizi/?argomento=tributi&pagina=1');
		assert.equal(r.status, 301);
		assert.equal(r.headers.get('location'), '/servizi?argomento=tributi&pagina=1');
	});
});
