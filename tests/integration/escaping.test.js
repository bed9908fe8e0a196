'use strict';
// Catalogue content is data, never markup: the fixture service
// servizio-con-caratteri-speciali has the title `Servizio <b>speciale</b> & "virgolette"`
// and a summary containing `<script>alert(1)</script>`.
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { page, jsonLd, titleOf, h1Of, SITE_NAME } = require('./lib/http');

const SLUG = 'servizio-con-caratteri-speciali';
const TITLE = 'Servizio <b>speciale</b> & "virgolette"';
const TITLE_HTML = 'Servizio &lt;b&gt;speciale&lt;/b&gt; &amp; &quot;virgolette&quot;';
const SCRIPT = '<script>alert(1)</script>';
const SCRIPT_HTML = '&lt;script&gt;alert(1)&lt;/script&gt;';

function assertNoRawMarkup(html, where) {
	assert.ok(!html.includes(SCRIPT), `${where}: raw ${SCRIPT}`);
	assert.ok(!html.includes('<b>speciale</b>'), `${where}: raw <b>speciale</b>`);
	assert.ok(!html.includes('"virgolette"'), `${where}: raw "virgolette" (would break attributes)`);
}

// The /servizi page that lists the service (the catalogue has 3 pages).
async function listPage() {
	for (const path of ['/servizi', '/servizi?pagina=2', '/servizi?pagina=3']) {
		const html = await page(path);
		if (html.includes(`href="/servizi/${SLUG}"`)) return { path, html };
	}
	assert.fail(`${SLUG} is not listed on /servizi`);
}

describe('escaping of catalogue content', () => {
	test('the special-characters service is escaped on /servizi', async () => {
		const { path, html } = await listPage();
		const i = html.indexOf(`href="/servizi/${SLUG}"`);
		const card = html.slice(i, html.indexOf('</article>', i));
		assert.ok(card.includes(`>${TITLE_HTML}</a>`), `${path}: escaped title in the card`);
		assert.ok(card.includes(SCRIPT_HTML), `${path}: escaped summary in the card`);
		assertNoRawMarkup(html, path);
	});

	test('its page shows title and summary escaped everywhere', async () => {
		const html = await page(`/servizi/${SLUG}`);
		assertNoRawMarkup(html, 'service page');
		assert.ok(html.includes(`<h1 data-element="service-title">${TITLE_HTML}</h1>`), 'escaped h1');
		assert.ok(html.includes(`<title>${TITLE_HTML} - ${SITE_NAME}</title>`), 'escaped <title>');
		assert.ok(html.includes(`<li class="breadcrumb-item active" aria-current="page">${TITLE_HTML}</li>`), 'escaped breadcrumb');
		assert.match(html, /data-element="service-description">[^<]*&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'escaped summary');
		// attributes stay well-formed: the meta description holds the summary, escaped
		assert.match(html, /<meta name="description" content="[^"<>]*&lt;script&gt;alert\(1\)&lt;\/script&gt;[^"<>]*">/);
		assert.ok(html.includes(`<meta property="og:title" content="${TITLE_HTML}">`));
		// and decoded, they read as the original text
		assert.equal(h1Of(html), TITLE);
		assert.equal(titleOf(html), `${TITLE} - ${SITE_NAME}`);
	});

	test('markup inside its long text (description) is shown as text', async () => {
		const html = await page(`/servizi/${SLUG}`);
		const d = /data-element="service-extended-description">([\s\S]*?)<\/div>/.exec(html);
		assert.ok(d, 'a description');
		assert.ok(!/<a href="javascript:/i.test(html), 'no javascript: link');
		assert.ok(d[1].includes('&lt;a href=&quot;javascript:alert(1)&quot;&gt;collegamento&lt;/a&gt;'), 'the link markup is shown escaped');
		assert.ok(d[1].includes('&amp;amp;'), 'a literal &amp; in the text is escaped again');
		assert.ok(!d[1].includes('<i>tag</i>'), 'no raw <i> in the list items');
		assert.ok(d[1].includes('&lt;i&gt;tag&lt;/i&gt;'), 'the <i> of the list items shown escaped');
		assert.match(d[1], /<ul><li>/, 'the bulleted list is still a list');
		assert.ok(html.includes('&#39;apici&#39;'), 'single quotes escaped');
	});

	test('the only <script> elements are the site\'s own', async () => {
		const html = await page(`/servizi/${SLUG}`);
		const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
		for (const s of scripts)
			assert.match(s, /^<script (src="\/static\/[^"]+" defer|type="module" src="\/static\/dist\/[^"]+"|type="application\/ld\+json"( data-element="metatag")?)>$/, s);
	});

	test('its JSON-LD is valid JSON, with the title and summary intact after parsing', async () => {
		const html = await page(`/servizi/${SLUG}`);
		const blocks = jsonLd(html);
		assert.equal(blocks.length, 1);
		assert.ok(!/<\/script/i.test(blocks[0]), 'no </script> inside the JSON-LD');
		assert.ok(!blocks[0].includes('<'), 'no raw < inside the JSON-LD');
		const data = JSON.parse(blocks[0]);
		assert.equal(data['@type'], 'GovernmentService');
		assert.equal(data.name, TITLE);
		assert.ok(data.description.includes(SCRIPT), 'the summary survives intact as data');
	});

	test('the service is found and shown escaped in the search results', async () => {
		const html = await page('/cerca?q=speciale+virgolette');
		assertNoRawMarkup(html, '/cerca');
		assert.ok(html.includes(`href="/servizi/${SLUG}">${TITLE_HTML}</a>`), 'escaped title in the results');
	});
});
