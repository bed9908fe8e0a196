'use strict';
// The Amministrazione section (Designers Italia "Modello Comuni") against the
// fixture tests/fixtures/amministrazione.sql: the landing page and its seven
// second-level items with the titles the AgID checker expects (C.SI.1.7,
// data-element="management-category-link"), the lists, the pages of an area
// (unità organizzativa), a person, a document and an ente with their page
// index, breadcrumbs and links between them, the PDF files (checked by
// content, served as downloads), 404s, escaping, and the page cache showing a
// change made straight in MariaDB at the next request.

const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { pagesFlush } = require('./lib/public_pages');
const fs = require('node:fs');
const path = require('node:path');
const {
	BASE_URL, TEST_VAR, get, page, titleOf, h1Of, textOf, decodeEntities, assertErrorPage, SITE_NAME,
} = require('./lib/http');
const { sql } = require('./lib/cases');

const SECOND_LEVEL = {
	'Organi di governo': '/amministrazione/organi-di-governo',
	'Aree amministrative': '/amministrazione/aree-amministrative',
	Uffici: '/amministrazione/uffici',
	'Enti e fondazioni': '/amministrazione/enti-e-fondazioni',
	Politici: '/amministrazione/politici',
	'Personale amministrativo': '/amministrazione/personale-amministrativo',
	'Documenti e dati': '/amministrazione/documenti-e-dati',
};
// The checker's dictionary for the Amministrazione menu (pa-website-validator-ng,
// municipality_second_level_pages_audit/menuItems.ts), lower case.
const CHECKER_DICTIONARY = ['aree amministrative', 'documenti e dati', 'enti e fondazioni', 'organi di governo',
	'personale amministrativo', 'politici', 'uffici'];

/* ----------------------------------------------------------------- helpers */

// The breadcrumb's items as [label, url or null].
function crumbs(html) {
	const m = /<ol class="breadcrumb" data-element="breadcrumb">([\s\S]*?)<\/ol>/.exec(html);
	assert.ok(m, 'a breadcrumb');
	return [...m[1].matchAll(/<li class="breadcrumb-item[^"]*"[^>]*>([\s\S]*?)<\/li>/g)].map((li) => {
		const a = /<a href="([^"]*)">([\s\S]*?)<\/a>/.exec(li[1]);
		return a ? [textOf(a[2]), decodeEntities(a[1])] : [textOf(li[1]), null];
	});
}

function assertFrame(html, title, trail) {
	assert.equal(titleOf(html), `${title} - ${SITE_NAME}`);
	assert.equal(h1Of(html), title);
	assert.deepEqual(crumbs(html), [['Home', '/'], ...trail]);
	assert.match(html, /<link rel="stylesheet" href="\/static\/dist\/amministrazione\.[0-9a-f]+\.css">/);
}

// The page index ("Indice della pagina"): its entries [label, anchor], each
// anchor an element of the page, in the order of the page.
function pageIndex(html) {
	const m = /<nav class="vm-page-index"[^>]*>([\s\S]*?)<\/nav>/.exec(html);
	assert.ok(m, 'a page index');
	assert.match(m[1], /<h2[^>]*>Indice della pagina<\/h2>/);
	const items = [...m[1].matchAll(/<a class="vm-index-link" href="#([a-z0-9-]+)">([^<]*)<\/a>/g)].map((x) => [textOf(x[2]), x[1]]);
	let last = -1;
	for (const [label, id] of items) {
		const at = html.indexOf(`id="${id}"`);
		assert.ok(at > 0, `the index entry ${label} points at #${id}, which is on the page`);
		assert.ok(at > last, `#${id} comes after the entry before it`);
		last = at;
	}
	return items;
}

// The text of the section whose h2 has id ID.
function section(html, id) {
	const m = new RegExp(`<section class="vm-amm-section" aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(html);
	assert.ok(m, `section #${id}`);
	return m[1];
}

// A PDF as a reader opens it: header, every object where the cross-reference
// table says, stream lengths right, trailer, startxref, %%EOF at the end.
function assertValidPdf(buf, label) {
	const s = buf.toString('latin1');
	assert.ok(s.startsWith('%PDF-1.'), `${label}: %PDF- header`);
	const tail = /startxref\n(\d+)\n%%EOF\n?$/.exec(s);
	assert.ok(tail, `${label}: startxref and %%EOF at the end`);
	const xref = Number(tail[1]);
	const head = /^xref\n0 (\d+)\n/.exec(s.slice(xref));
	assert.ok(head, `${label}: startxref points at the xref table`);
	const n = Number(head[1]);
	const table = s.slice(xref + head[0].length, xref + head[0].length + 20 * n);
	for (let i = 1; i < n; i++) {
		const off = Number(table.slice(20 * i, 20 * i + 10));
		assert.ok(s.startsWith(`${i} 0 obj`, off), `${label}: object ${i} at ${off}`);
	}
	assert.match(s.slice(xref), new RegExp(`trailer\\n<< /Size ${n} /Root 1 0 R >>`), `${label}: trailer`);
	for (const m of s.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
		const end = m.index + m[0].length + Number(m[1]);
		assert.equal(s.slice(end, end + 10), '\nendstream', `${label}: stream length`);
	}
}

/* ------------------------------------------------------------ the section */

describe('/amministrazione, the section landing', () => {
	test('has the seven second-level items with the checker\'s titles, each answering 200', async () => {
		const html = await page('/amministrazione');
		assertFrame(html, 'Amministrazione', [['Amministrazione', null]]);
		const links = [...html.matchAll(/<a href="([^"]+)" data-element="management-category-link">([^<]*)<\/a>/g)]
			.map((m) => [textOf(m[2]), m[1]]);
		assert.deepEqual(Object.fromEntries(links), SECOND_LEVEL);
		assert.deepEqual(links.map(([t]) => t.toLowerCase()).sort(), CHECKER_DICTIONARY);
		for (const [label, url] of links) {
			const r = await get(url);
			assert.equal(r.status, 200, url);
			assert.equal(h1Of(r.text), label, `${url} is titled as its link`);
			assertFrame(r.text, label, [['Amministrazione', '/amministrazione'], [label, null]]);
		}
	});

	test('shows the mayor in evidence and the latest documents', async () => {
		const html = await page('/amministrazione');
		const evidence = /id="in-evidenza"[\s\S]*?<\/section>/.exec(html)[0];
		assert.match(evidence, /<a href="\/persone\/elena-marchetti">Elena Marchetti<\/a>/);
		assert.match(evidence, /Sindaca/);
		const docs = /id="ultimi-documenti"[\s\S]*?<\/section>/.exec(html)[0];
		assert.match(docs, /href="\/documenti\/regolamento-anagrafe"/);
		assert.doesNotMatch(docs, /documento-ritirato/);
	});
});

describe('Organi di governo', () => {
	test('sindaco, giunta and consiglio in office, each with its people and delegations', async () => {
		const html = await page('/amministrazione/organi-di-governo');
		assert.deepEqual(pageIndex(html), [['Sindaco', 'sindaco'], ['Giunta comunale', 'giunta'],
			['Consiglio comunale', 'consiglio']]);
		const people = (id) => [...section(html, id).matchAll(/href="\/persone\/([a-z0-9-]+)"/g)].map((m) => m[1]);
		assert.deepEqual(people('sindaco'), ['elena-marchetti']);
		assert.deepEqual(people('giunta'), ['paolo-benedetti', 'chiara-lombardi'], 'by position');
		assert.deepEqual(people('consiglio'), ['giorgio-bellini', 'anna-caruso'], 'an ended mandate is not shown');
		assert.match(section(html, 'giunta'), /Deleghe: Bilancio, tributi/);
	});
});

describe('Aree amministrative and the unità organizzativa', () => {
	test('the list links every area', async () => {
		const html = await page('/amministrazione/aree-amministrative');
		for (const slug of ['area-servizi-demografici', 'area-economico-finanziaria'])
			assert.match(html, new RegExp(`href="/amministrazione/aree-amministrative/${slug}"`));
		assert.match(html, /Area Servizi demografici/);
	});

	test('an area shows competences, offices, people, services, documents and contacts', async () => {
		const html = await page('/amministrazione/aree-amministrative/area-servizi-demografici');
		assertFrame(html, 'Area Servizi demografici', [['Amministrazione', '/amministrazione'],
			['Aree amministrative', '/amministrazione/aree-amministrative'], ['Area Servizi demografici', null]]);
		assert.deepEqual(pageIndex(html).map(([l]) => l), ['Competenze', 'Struttura', 'Persone', 'Servizi', 'Documenti',
			'Contatti', 'Ulteriori informazioni']);
		assert.match(section(html, 'competenze'), /<strong>tenuta dei registri<\/strong>/, 'Markdown rendered');
		assert.match(section(html, 'struttura'), /href="\/uffici\/ufficio-anagrafe">Ufficio Anagrafe</);
		assert.match(section(html, 'persone'), /href="\/persone\/andrea-vitale">Andrea Vitale</);
		assert.doesNotMatch(html, /persona-nascosta/, 'an unpublished person is not shown');
		assert.match(section(html, 'servizi'), /href="\/servizi\/certificato-anagrafico"/);
		assert.match(section(html, 'documenti'), /href="\/documenti\/regolamento-anagrafe"/);
		assert.match(section(html, 'contatti'), /href="mailto:demografici@comune\.valdimonte\.it"/);
	});

	test('an unknown or malformed area is a 404', async () => {
		assertErrorPage(await get('/amministrazione/aree-amministrative/area-inesistente'), 404, 'unknown area');
		assertErrorPage(await get('/amministrazione/aree-amministrative/Area_X'), 404, 'malformed slug');
	});
});

describe('Uffici', () => {
	test('the list under the section links the offices\' own pages, with their area', async () => {
		const html = await page('/amministrazione/uffici');
		for (const slug of ['ufficio-anagrafe', 'ufficio-tributi', 'polizia-locale'])
			assert.match(html, new RegExp(`href="/uffici/${slug}"`), slug);
		assert.match(html, /Area: Area Servizi demografici/);
	});

	test('/uffici/{slug} still answers, now an unità organizzativa with its area, people and documents', async () => {
		const html = await page('/uffici/ufficio-anagrafe');
		assertFrame(html, 'Ufficio Anagrafe', [['Amministrazione', '/amministrazione'], ['Uffici', '/amministrazione/uffici'],
			['Ufficio Anagrafe', null]]);
		assert.deepEqual(pageIndex(html).map(([l]) => l), ['Competenze', 'Area amministrativa', 'Persone', 'Servizi',
			'Orari di apertura', 'Contatti', 'Documenti', 'Ulteriori informazioni']);
		assert.match(html, /href="\/amministrazione\/aree-amministrative\/area-servizi-demografici">Area Servizi demografici</);
		assert.match(html, /href="\/persone\/andrea-vitale">Andrea Vitale<\/a>, Responsabile dell&#39;ufficio/);
		assert.match(html, /href="\/documenti\/regolamento-anagrafe"/);
		assert.equal((await get('/uffici')).status, 200);
	});
});

describe('Enti e fondazioni', () => {
	test('the list and an ente with its description, share and contacts', async () => {
		const list = await page('/amministrazione/enti-e-fondazioni');
		assert.match(list, /href="\/amministrazione\/enti-e-fondazioni\/fondazione-teatro-valdimonte"/);
		assert.match(list, /href="\/amministrazione\/enti-e-fondazioni\/consorzio-acque-val-di-monte"/);
		const html = await page('/amministrazione/enti-e-fondazioni/fondazione-teatro-valdimonte');
		assertFrame(html, 'Fondazione Teatro di Valdimonte', [['Amministrazione', '/amministrazione'],
			['Enti e fondazioni', '/amministrazione/enti-e-fondazioni'], ['Fondazione Teatro di Valdimonte', null]]);
		assert.deepEqual(pageIndex(html).map(([l]) => l), ['Descrizione', 'Partecipazione del Comune', 'Contatti',
			'Ulteriori informazioni']);
		assert.match(section(html, 'descrizione'), /<strong>stagione teatrale<\/strong>/);
		assert.match(section(html, 'contatti'), /<a href="https:\/\/teatro\.example\.org">/);
		assertErrorPage(await get('/amministrazione/enti-e-fondazioni/ente-inesistente'), 404, 'unknown ente');
	});
});

describe('Politici, Personale amministrativo and the persona pubblica', () => {
	test('the lists split politicians from staff, published people only', async () => {
		const slugs = (html) => [...html.matchAll(/href="\/persone\/([a-z0-9-]+)"/g)].map((m) => m[1]);
		const pol = slugs(await page('/amministrazione/politici'));
		assert.deepEqual(pol.sort(), ['anna-caruso', 'chiara-lombardi', 'elena-marchetti', 'giorgio-bellini',
			'paolo-benedetti']);
		assert.deepEqual(slugs(await page('/amministrazione/personale-amministrativo')), ['andrea-vitale']);
	});

	test('a politician: role, mandate, ended mandates, biography, CV, contacts', async () => {
		const html = await page('/persone/elena-marchetti');
		assertFrame(html, 'Elena Marchetti', [['Amministrazione', '/amministrazione'],
			['Politici', '/amministrazione/politici'], ['Elena Marchetti', null]]);
		assert.deepEqual(pageIndex(html).map(([l]) => l), ['Ruolo', 'Competenze', 'Biografia', 'Documenti', 'Contatti',
			'Ulteriori informazioni']);
		const role = textOf(section(html, 'ruolo'));
		assert.match(role, /Sindaca Organo: Sindaco In carica dal 10\/06\/2024/);
		assert.match(role, /Consigliera comunale Organo: Consiglio comunale Dal 27\/05\/2019 al 09\/06\/2024 \(concluso\)/);
		assert.ok(role.indexOf('Sindaca') < role.indexOf('Consigliera'), 'the current role first');
		assert.match(section(html, 'biografia'), /<strong>avvocata<\/strong>/);
		assert.match(section(html, 'documenti'), /href="\/documenti\/curriculum-elena-marchetti"/);
		assert.match(section(html, 'contatti'), /href="mailto:sindaco@comune\.valdimonte\.it"/);
		assert.match(section(html, 'ulteriori-informazioni'), /Ultimo aggiornamento: 15\/09\/2026/);
	});

	test('a member of staff: the office and area of the role, under Personale amministrativo', async () => {
		const html = await page('/persone/andrea-vitale');
		assert.deepEqual(crumbs(html)[2], ['Personale amministrativo', '/amministrazione/personale-amministrativo']);
		const role = section(html, 'ruolo');
		assert.match(role, /href="\/uffici\/ufficio-anagrafe">Ufficio Anagrafe</);
		assert.match(role, /href="\/amministrazione\/aree-amministrative\/area-servizi-demografici"/);
	});

	test('an unknown, unpublished or malformed person is a 404', async () => {
		for (const slug of ['nessuno', 'persona-nascosta', 'Elena.Marchetti'])
			assertErrorPage(await get(`/persone/${slug}`), 404, slug);
	});
});

describe('Documenti e dati and the documento', () => {
	test('the list shows the published documents, newest first, and filters by type', async () => {
		const slugs = (html) => [...html.matchAll(/<a href="\/documenti\/([a-z0-9-]+)">/g)].map((m) => m[1]);
		const html = await page('/amministrazione/documenti-e-dati');
		assert.deepEqual(slugs(html), ['regolamento-anagrafe', 'bilancio-di-previsione-2026', 'curriculum-elena-marchetti']);
		assert.match(html, /3 documenti trovati/);
		assert.match(html, /<option value="Atti normativi">Atti normativi \(1\)<\/option>/);
		const one = await page('/amministrazione/documenti-e-dati?tipo=Atti+normativi');
		assert.deepEqual(slugs(one), ['regolamento-anagrafe']);
		assert.match(one, /<option value="Atti normativi" selected>/);
		assert.deepEqual(slugs(await page('/amministrazione/documenti-e-dati?tipo=Nessun+tipo')), []);
		const odd = await page('/amministrazione/documenti-e-dati?tipo=%3Cb%3E%22x%22%3C%2Fb%3E');
		assert.deepEqual(slugs(odd), []);
		assert.ok(odd.includes('del tipo "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"'), 'the type asked for, escaped');
		assert.ok(!odd.includes('<b>"x"</b>'));
	});

	test('a document: type, protocol and dates, description, files, licence, references', async () => {
		const html = await page('/documenti/regolamento-anagrafe');
		assertFrame(html, 'Regolamento del servizio anagrafico', [['Amministrazione', '/amministrazione'],
			['Documenti e dati', '/amministrazione/documenti-e-dati'], ['Regolamento del servizio anagrafico', null]]);
		assert.deepEqual(pageIndex(html).map(([l]) => l), ['Descrizione', 'Documenti', 'Licenza di distribuzione',
			'Riferimenti', 'Ulteriori informazioni']);
		const facts = textOf(/<dl class="vm-doc-facts">([\s\S]*?)<\/dl>/.exec(html)[1]);
		assert.equal(facts, 'Tipo di documento Atti normativi Numero di protocollo 2026/1234 Data di protocollo 02/03/2026 ' +
			'Data di pubblicazione 05/03/2026');
		assert.match(section(html, 'descrizione'), /<strong>orari<\/strong>/);
		const files = [...section(html, 'documenti').matchAll(/<a href="(\/documenti\/regolamento-anagrafe\/allegati\/\d+)"/g)];
		assert.equal(files.length, 2);
		assert.match(section(html, 'licenza'), /Creative Commons Attribuzione 4\.0 \(CC BY 4\.0\)/);
		assert.match(section(html, 'ulteriori-informazioni'), /Ultimo aggiornamento: 05\/03\/2026/);
		const refs = section(html, 'riferimenti');
		assert.match(refs, /Ufficio responsabile<\/dt><dd><a href="\/uffici\/ufficio-anagrafe">/);
		assert.match(refs, /Area responsabile<\/dt><dd><a href="\/amministrazione\/aree-amministrative\/area-servizi-demografici">/);
		const cv = await page('/documenti/curriculum-elena-marchetti');
		assert.match(section(cv, 'riferimenti'), /<a href="\/persone\/elena-marchetti">Elena Marchetti<\/a>/);
	});

	test('a PDF file is served as a download, checked by content', async () => {
		const id = sql("SELECT f.id FROM document_files f JOIN documents d ON d.id = f.document_id " +
			"WHERE d.slug = 'regolamento-anagrafe' ORDER BY f.position")[0][0];
		const r = await get(`/documenti/regolamento-anagrafe/allegati/${id}`);
		assert.equal(r.status, 200);
		assert.equal(r.headers.get('content-type'), 'application/pdf');
		assert.equal(r.headers.get('content-disposition'), 'attachment; filename="regolamento-anagrafe.pdf"');
		assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
		const body = Buffer.from(await (await fetch(`${BASE_URL}/documenti/regolamento-anagrafe/allegati/${id}`)).arrayBuffer());
		assertValidPdf(body, 'regolamento-anagrafe.pdf');
	});

	test('a file that is not a PDF, of another document, of an unpublished one, or unknown is a 404', async () => {
		const ids = Object.fromEntries(sql('SELECT f.filename, f.id FROM document_files f'));
		assertErrorPage(await get(`/documenti/regolamento-anagrafe/allegati/${ids['finto.pdf']}`), 404, 'HTML stored as a PDF');
		const log = fs.readFileSync(path.join(TEST_VAR, 'log/portal.log'), 'utf8');
		assert.ok(log.includes(`document regolamento-anagrafe, file ${ids['finto.pdf']}: not served, its content is not a PDF`),
			'the refusal is logged');
		assertErrorPage(await get(`/documenti/regolamento-anagrafe/allegati/${ids['curriculum-elena-marchetti.pdf']}`), 404,
			'a file of another document');
		assertErrorPage(await get(`/documenti/documento-ritirato/allegati/${ids['ritirato.pdf']}`), 404, 'unpublished');
		for (const id of ['999999', 'abc', '1x', '12345678901234567890'])
			assertErrorPage(await get(`/documenti/regolamento-anagrafe/allegati/${id}`), 404, id);
	});

	test('an unknown or unpublished document is a 404', async () => {
		assertErrorPage(await get('/documenti/documento-inesistente'), 404, 'unknown');
		assertErrorPage(await get('/documenti/documento-ritirato'), 404, 'unpublished');
	});

	test('every PDF of the demo content is a valid PDF', () => {
		const demo = fs.readFileSync(path.join(__dirname, '../../sql/demo/amministrazione.sql'), 'utf8');
		const pdfs = [...demo.matchAll(/X'([0-9a-f]+)'/g)].map((m) => Buffer.from(m[1], 'hex'));
		assert.ok(pdfs.length >= 30, `${pdfs.length} PDFs in the demo`);
		pdfs.forEach((b, i) => assertValidPdf(b, `demo PDF ${i + 1}`));
		assert.equal(demo.match(/^INSERT INTO documents /gm).length, 30, '30 documents');
	});
});

describe('escaping and the page cache', () => {
	// changed by hand in SQL: the pages kept as files are flushed, as an operator would
	const change = (q) => { sql(q); pagesFlush(); };
	test('a change to a person shows at the next request, escaped, on every page that names them', async (t) => {
		const restore = "UPDATE people SET family_name = 'Benedetti', updated_at = updated_at WHERE slug = 'paolo-benedetti'";
		t.after(() => change(restore));
		const before = await get('/persone/paolo-benedetti');
		assert.equal(h1Of(before.text), 'Paolo Benedetti');
		await page('/amministrazione/organi-di-governo');
		change("UPDATE people SET family_name = 'Benedetti <b>&</b>', updated_at = updated_at WHERE slug = 'paolo-benedetti'");
		for (let i = 0; i < 4; i++) {   // whatever worker answers
			const now = await get('/persone/paolo-benedetti');
			assert.equal(h1Of(now.text), 'Paolo Benedetti <b>&</b>');
			assert.ok(now.text.includes('Benedetti &lt;b&gt;&amp;&lt;/b&gt;'), 'escaped');
			assert.notEqual(now.headers.get('etag'), before.headers.get('etag'));
			assert.ok((await page('/amministrazione/organi-di-governo')).includes('Paolo Benedetti &lt;b&gt;'));
		}
	});

	test('a role ended, an office moved to another area: the next request shows it', async (t) => {
		t.after(() => {
			change("UPDATE person_roles r JOIN people p ON p.id = r.person_id SET r.ends_on = NULL WHERE p.slug = 'anna-caruso'");
			change("UPDATE offices SET area_id = (SELECT id FROM admin_areas WHERE slug = 'area-economico-finanziaria'), " +
				"updated_at = updated_at WHERE slug = 'ufficio-tributi'");
		});
		assert.match(await page('/amministrazione/organi-di-governo'), /\/persone\/anna-caruso/);
		change("UPDATE person_roles r JOIN people p ON p.id = r.person_id SET r.ends_on = '2025-01-31' WHERE p.slug = 'anna-caruso'");
		assert.doesNotMatch(await page('/amministrazione/organi-di-governo'), /\/persone\/anna-caruso/);
		const area = '/amministrazione/aree-amministrative/area-servizi-demografici';
		assert.doesNotMatch(section(await page(area), 'struttura'), /ufficio-tributi/);
		change("UPDATE offices SET area_id = (SELECT id FROM admin_areas WHERE slug = 'area-servizi-demografici'), " +
			"updated_at = updated_at WHERE slug = 'ufficio-tributi'");
		assert.match(section(await page(area), 'struttura'), /href="\/uffici\/ufficio-tributi"/);
	});
});
