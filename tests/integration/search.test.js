'use strict';
// /cerca: full-text search over services, FAQ, offices, news, events, places,
// people and documents, with Italian stemming, filters, the empty and
// no-result states, and hostile queries.
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { get, page, h1Of, textOf, assertErrorPage, assertSitePage } = require('./lib/http');

const cerca = (params) => '/cerca?' + new URLSearchParams(params).toString();

// The search results in order, across the groups by kind: [{ kind, url, title, snippet }]
// (snippet: the <p class="vm-snippet"> markup, or '')
function results(html) {
	return [...html.matchAll(/<ol class="vm-search-results">([\s\S]*?)<\/ol>/g)].flatMap((list) =>
		[...list[1].matchAll(/<span class="vm-kind">([^<]*)<\/span>\s*<h4><a href="([^"]*)">([\s\S]*?)<\/a><\/h4>\s*(?:<p class="vm-snippet">([\s\S]*?)<\/p>)?/g)]
			.map((m) => ({ kind: textOf(m[1]), url: m[2], title: textOf(m[3]), snippet: m[4] || '' })));
}

// The groups' headings in order: [{ param, label, count }]
function groups(html) {
	return [...html.matchAll(/<h3 class="h5 vm-search-group-title" id="gruppo-([a-z]+)">([^<]*)<span class="vm-count">\((\d+)\)<\/span>/g)]
		.map((m) => ({ param: m[1], label: m[2].trim(), count: Number(m[3]) }));
}

function state(html) {
	if (/<ol class="vm-search-results">/.test(html)) return 'results';
	if (/id="risultati-titolo">Nessun risultato per/.test(html)) return 'none';
	if (/Inserisci un termine di ricerca/.test(html)) return 'empty';
	return 'unknown';
}

async function search(params) {
	const html = await page(cerca(params));
	return { html, state: state(html), results: results(html) };
}

describe('search /cerca', () => {
	test('"certificati anagrafici" finds "Certificato anagrafico" first among services (stemming)', async () => {
		const { html, state: st, results: rs } = await search({ q: 'certificati anagrafici' });
		assert.equal(st, 'results');
		assert.equal(h1Of(html), 'Risultati per «certificati anagrafici»');
		const services = rs.filter((r) => r.url.startsWith('/servizi/'));
		assert.ok(services.length >= 1, 'some services found');
		assert.equal(services[0].url, '/servizi/certificato-anagrafico');
		assert.equal(services[0].title, 'Certificato anagrafico');
		assert.equal(services[0].kind, 'Servizio');
		assert.ok(rs.some((r) => r.url === '/faq#faq-come-richiedere-certificato'), 'and the FAQ on certificates');
		assert.match(html, /id="tipo-tutti" name="tipo" value="" checked/);
	});

	test('"carta identita" (no accent) finds the CIE', async () => {
		const { state: st, results: rs } = await search({ q: 'carta identita' });
		assert.equal(st, 'results');
		const services = rs.filter((r) => r.url.startsWith('/servizi/'));
		assert.equal(services[0] && services[0].url, '/servizi/carta-identita-elettronica');
	});

	test('"Carta d\'identità" (accent, apostrophe, capitals) finds the CIE', async () => {
		const { results: rs } = await search({ q: "Carta d'identità" });
		const services = rs.filter((r) => r.url.startsWith('/servizi/'));
		assert.equal(services[0] && services[0].url, '/servizi/carta-identita-elettronica');
	});

	test('tipo=faq restricts the results to FAQ', async () => {
		const { html, state: st, results: rs } = await search({ q: 'certificato', tipo: 'faq' });
		assert.equal(st, 'results');
		assert.ok(rs.length >= 1);
		for (const r of rs) {
			assert.match(r.url, /^\/faq#faq-[a-z0-9-]+$/, `${r.url} is a FAQ`);
			assert.equal(r.kind, 'Domanda frequente');
		}
		assert.ok(rs.some((r) => r.url === '/faq#faq-come-richiedere-certificato'));
		assert.match(html, /id="tipo-faq" name="tipo" value="faq" checked/);
		// without the filter the same query also finds the service
		const all = await search({ q: 'certificato' });
		assert.ok(all.results.some((r) => r.url === '/servizi/certificato-anagrafico'));
	});

	test('tipo=servizi restricts the results to services', async () => {
		const { results: rs } = await search({ q: 'certificato', tipo: 'servizi' });
		assert.ok(rs.length >= 1);
		for (const r of rs) assert.match(r.url, /^\/servizi\/[a-z0-9-]+$/);
	});

	test('an unknown tipo answers 400', async () => {
		assertErrorPage(await get(cerca({ q: 'certificato', tipo: 'xyz' })), 400, 'tipo=xyz');
	});

	test('argomento= restricts the results to a topic', async () => {
		const ana = await search({ q: 'certificato', argomento: 'anagrafe-e-stato-civile' });
		assert.equal(ana.state, 'results');
		assert.ok(ana.results.some((r) => r.url === '/servizi/certificato-anagrafico'));
		assert.match(ana.html, /name="argomento" value="anagrafe-e-stato-civile" checked/);
		const trib = await search({ q: 'certificato', argomento: 'tributi' });
		assert.ok(!trib.results.some((r) => r.url === '/servizi/certificato-anagrafico'),
			'the certificato anagrafico is not a tributi service');
		const imu = await search({ q: 'IMU', argomento: 'tributi' });
		assert.ok(imu.results.some((r) => r.url === '/servizi/pagamento-imu'));
	});

	test('a malformed argomento answers 400', async () => {
		assertErrorPage(await get(cerca({ q: 'certificato', argomento: 'Tributi!' })), 400, 'argomento=Tributi!');
	});

	test('an empty query shows the "empty" state (200)', async () => {
		for (const path of ['/cerca', cerca({ q: '' }), cerca({ tipo: '', argomento: '' })]) {
			const html = await page(path);
			assertSitePage(html, path);
			assert.equal(state(html), 'empty', path);
			assert.equal(h1Of(html), 'Cerca');
		}
	});

	test('a query of spaces only is treated as empty', async () => {
		const html = await page(cerca({ q: '   ' }));
		assert.equal(state(html), 'empty', 'blank query: "Inserisci un termine di ricerca", not "Nessun risultato per «   »"');
	});

	test('a nonsense word shows the "no results" state with status 200', async () => {
		const r = await get(cerca({ q: 'zzxqjwvk' }));
		assert.equal(r.status, 200);
		assert.equal(state(r.text), 'none');
		assert.match(r.text, /Nessun risultato per «zzxqjwvk»/);
		assert.equal(results(r.text).length, 0);
	});

	test('an HTML-looking query is shown escaped', async () => {
		const q = '<script>alert(1)</script>';
		const r = await get(cerca({ q }));
		assert.equal(r.status, 200);
		assert.ok(!r.text.includes('<script>alert'), 'no raw <script>alert in the page');
		assert.ok(r.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the query is shown, escaped');
		assert.match(r.text, /name="q" value="&lt;script&gt;alert\(1\)&lt;\/script&gt;"/, 'escaped in the search box');
		const r2 = await get(cerca({ q: '"><img src=x onerror=alert(1)>' }));
		assert.equal(r2.status, 200);
		assert.ok(!r2.text.includes('<img src=x'), 'no injected element');
		assert.ok(!/value=""><img/.test(r2.text), 'the attribute is not broken out of');
	});

	const words = (q) => q.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	for (const q of ["' OR 1=1 --", "%' UNION SELECT", "certificato' OR '1'='1", "'; DROP TABLE services; --",
		'anagrafico") OR ("a"="a', 'certificato*', '+certificato -anagrafico', '"certificato']) {
		test(`SQL- or operator-looking query ${JSON.stringify(q)} returns normally`, async () => {
			const r = await get(cerca({ q }));
			assert.equal(r.status, 200, `status for ${q}`);
			assert.doesNotMatch(r.text, /SQL|syntax|mysql|mariadb/i, 'no database error shown');
			const plain = await search({ q: words(q) });
			assert.equal(state(r.text), plain.state, 'same state as the words alone');
			assert.deepEqual(results(r.text).map((x) => x.url), plain.results.map((x) => x.url),
				'same results as the words alone');
		});
	}

	test('the catalogue is intact after hostile queries', async () => {
		await get(cerca({ q: "'; DELETE FROM services; --" }));
		const html = await page('/servizi');
		assert.match(html, /id="elenco-servizi">25 servizi trovati/);
	});

	test('a 201-character query answers 400 with an Italian message', async () => {
		const r = await get(cerca({ q: 'a'.repeat(201) }));
		assertErrorPage(r, 400, '201 characters');
		assert.match(r.text, /troppo lungo/);
		assert.match(r.text, /200 caratteri/);
	});

	test('a 200-character query is accepted', async () => {
		const q = ('certificato ').repeat(17).slice(0, 200);
		assert.equal(q.length, 200);
		const r = await get(cerca({ q }));
		assert.equal(r.status, 200);
	});

	test('a 200-character query with accented letters is accepted (characters, not bytes)', async () => {
		const q = ('identità città ').repeat(14).slice(0, 200);
		assert.equal([...q].length, 200);
		const r = await get(cerca({ q }));
		assert.equal(r.status, 200, 'the limit is 200 characters, as the message says');
	});
});

describe('search over the Modello Comuni\'s content types', () => {
	// [query, the page it must find, the kind's label, tipo=]
	const FOUND = [
		['gemellaggio', '/novita/comunicato-gemellaggio', 'Novità', 'novita'],
		['mercatini', '/eventi/mercatino-di-natale', 'Evento', 'eventi'],
		['biblioteca', '/luoghi/biblioteca-comunale', 'Luogo', 'luoghi'],
		['Marchetti', '/persone/elena-marchetti', 'Persona', 'persone'],
		['vicesindaco bilancio', '/persone/paolo-benedetti', 'Persona', 'persone'],
		['regolamento anagrafico', '/documenti/regolamento-anagrafe', 'Documento', 'documenti'],
	];
	for (const [q, url, kind, tipo] of FOUND) {
		test(`"${q}" finds ${url}, alone under tipo=${tipo}, and the result's page answers`, async () => {
			const all = await search({ q });
			const hit = all.results.find((r) => r.url === url);
			assert.ok(hit, `${url} among ${JSON.stringify(all.results.map((r) => r.url))}`);
			assert.equal(hit.kind, kind);
			const only = await search({ q, tipo });
			assert.ok(only.results.length >= 1 && only.results.every((r) => r.kind === kind), `tipo=${tipo}: only ${kind}`);
			assert.match(only.html, new RegExp(`id="tipo-${tipo}" name="tipo" value="${tipo}" checked`));
			await page(url);
		});
	}

	test('unpublished news, events, people and documents are not found', async () => {
		for (const [q, url] of [['bozza', '/novita/notizia-non-pubblicata'], ['bozza', '/eventi/evento-non-pubblicato'],
			['nascosta', '/persone/persona-nascosta'], ['ritirato', '/documenti/documento-ritirato']]) {
			const { results: rs } = await search({ q });
			assert.ok(!rs.some((r) => r.url === url), `${url} found by "${q}"`);
			assert.equal((await get(url)).status, 404, `${url} is not public either`);
		}
	});

	test('the filter counts every kind, and "Tutti" is their sum', async () => {
		const { html } = await search({ q: 'comunale' });
		const counts = Object.fromEntries([...html.matchAll(/<label for="tipo-([a-z]+)">[^<]*<span class="vm-count">\((\d+)\)<\/span>/g)]
			.map((m) => [m[1], Number(m[2])]));
		assert.deepEqual(Object.keys(counts), ['tutti', 'servizi', 'faq', 'uffici', 'novita', 'eventi', 'luoghi', 'persone', 'documenti', 'segnalazioni']);
		const { tutti, ...kinds } = counts;
		assert.equal(tutti, Object.values(kinds).reduce((x, y) => x + y, 0));
		assert.ok(kinds.luoghi >= 2 && kinds.servizi >= 1, `places and services counted: ${JSON.stringify(counts)}`);
	});

	test('argomento= keeps the news of that topic', async () => {
		const trib = await search({ q: 'TARI', argomento: 'tributi' });
		assert.ok(trib.results.some((r) => r.url === '/novita/avviso-tari'), 'the TARI notice is about Imposte');
		const ana = await search({ q: 'TARI', argomento: 'anagrafe-e-stato-civile' });
		assert.ok(!ana.results.some((r) => r.url === '/novita/avviso-tari'));
	});
});

describe('search relevance: ranked, cut off, grouped by kind, with snippets', () => {
	// [query, the first result, pages that must not be among the results]
	const FIRST = [
		["carta d'identità", '/servizi/carta-identita-elettronica',
			['/servizi/canone-unico-esposizione-pubblicitaria', '/servizi/cambio-di-residenza', '/servizi/autentica-di-firma-e-copie']],
		['tari', '/servizi/riduzioni-agevolazioni-tari', ['/servizi/permesso-accesso-ztl-centro-storico', '/servizi/permesso-sosta-residenti']],
		['buca', '/segnalazioni/nuova?tipo=segnalazione', []],
		['buche stradali', '/segnalazioni/nuova?tipo=segnalazione', []],
		['lampione spento', '/segnalazioni/nuova?tipo=segnalazione', []],
		['certificati anagrafici', '/servizi/certificato-anagrafico', []],
		['pagare la tari', '/servizi/pagamento-tari', []],
	];
	for (const [q, first, absent] of FIRST) {
		test(`"${q}": ${first} first${absent.length ? ', and no unrelated pages' : ''}`, async () => {
			const { results: rs } = await search({ q });
			const urls = rs.map((r) => r.url);
			assert.equal(urls[0], first, JSON.stringify(urls));
			for (const u of absent) assert.ok(!urls.includes(u), `${u} is not about "${q}": ${JSON.stringify(urls)}`);
		});
	}

	test('"carta d\'identità": a handful of results, the title matches only', async () => {
		const { results: rs } = await search({ q: "carta d'identità" });
		assert.ok(rs.length >= 2 && rs.length <= 4, JSON.stringify(rs.map((r) => r.url)));
		for (const r of rs) assert.match(r.title, /carta d.identit/i, `${r.url}: ${r.title}`);
	});

	test('results are grouped by kind, the kind of the best result first, the counts per group', async () => {
		const { html, results: rs } = await search({ q: 'tari' });
		const gs = groups(html);
		assert.equal(gs[0].param, 'servizi');
		assert.deepEqual(gs.map((g) => g.param), [...new Set(gs.map((g) => g.param))], 'each kind once');
		assert.equal(gs.reduce((n, g) => n + g.count, 0), rs.length);
		const kinds = rs.map((r) => r.kind);
		assert.deepEqual(kinds, [...kinds].sort((a, b) => kinds.indexOf(a) - kinds.indexOf(b)), 'one block per kind');
	});

	test('the snippet marks the matched stems, escaped, and a long text ends on a word with an ellipsis', async () => {
		const { results: rs } = await search({ q: "carta d'identità" });
		const cie = rs.find((r) => r.url === '/servizi/carta-identita-elettronica');
		assert.equal(cie.snippet, 'Richiedi la <mark>carta</mark> d&#39;<mark>identità</mark> elettronica (CIE), il documento di riconoscimento valido anche per l&#39;espatrio e per accedere ai servizi online.');
		// a late first match: the snippet starts shortly before it, with an ellipsis
		const faq = (await search({ q: 'certificato', tipo: 'faq' })).results.find((r) => r.url === '/faq#faq-come-richiedere-certificato');
		assert.match(faq.snippet, /<mark>certificato<\/mark>/, 'the window moves to the first match, past the first two lines');
		assert.ok(textOf(faq.snippet).startsWith('…'), textOf(faq.snippet));
		// a long text: cut after a whole word, then the ellipsis
		const ztl = (await search({ q: 'ztl', tipo: 'faq' })).results.map((r) => textOf(r.snippet)).filter((t) => t.endsWith('…'));
		assert.ok(ztl.length >= 1, 'some FAQ answer is longer than two lines');
		for (const text of ztl) {
			assert.match(text, /[\p{L}\p{N})]…$/u, `the last word is whole, no space or comma before the ellipsis: ${text}`);
			assert.ok(Buffer.byteLength(text) <= 210, `at most about two lines: ${text}`);
		}
	});

	test('markup typed in the query is never marked up', async () => {
		const { html } = await search({ q: '<mark>tari</mark>' });
		assert.ok(!html.includes('<mark><mark>'));
		assert.match(html, /Risultati per «&lt;mark&gt;tari&lt;\/mark&gt;»/);
	});
});

