'use strict';
// The frame every page shares (templates/partials/head.cs, foot.cs), checked on
// every page type against what the Designers Italia "Modello Comuni" and AgID's
// checker (pa-website-validator-ng, src/audits/municipality_*) look for:
//  - the first-level menu: exactly Amministrazione, Novità, Servizi, Vivere il
//    Comune, in this order, with data-element management, news, all-services,
//    live, each once in the page (the checker counts every element with the
//    hook: a second one lowers C.SI.1.6); Argomenti (all-topics), search and the
//    personal-area login in the header;
//  - the footer's hooks (inside <footer>, where the checker looks) and the
//    targets of the links this frame owns;
//  - the Comune's identity from conf/site.hdf, nothing "Valdimonte" in templates;
//  - the login link carrying next= the page's path, and the login coming back
//    there; "Errore: " in the title and a linked error summary after a failed
//    submit.
// The section pages behind Amministrazione, Novità and Vivere il Comune are
// built elsewhere: their links and hooks are checked here, not their targets.
const { test, describe, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { get, page, titleOf, textOf, decodeEntities, BASE_URL } = require('./lib/http');
const { Client, errorsOf } = require('./lib/cases');

const ROOT = path.join(__dirname, '..', '..');

// conf/site.hdf as a flat map (KEY = VALUE lines; the file has no heredocs).
function siteConf() {
	const out = {};
	for (const line of fs.readFileSync(path.join(ROOT, 'conf/site.hdf'), 'utf8').split('\n')) {
		const m = /^\s*([A-Za-z][\w.]*)\s*=\s*(.*?)\s*$/.exec(line);
		if (m) out[m[1]] = m[2];
	}
	return out;
}
const SITE = siteConf();

// Public page types of every program that renders the frame: [label, path, status].
const PUBLIC_PAGES = [
	['home', '/', 200],
	['service catalogue', '/servizi', 200],
	['service page', '/servizi/certificato-anagrafico', 200],
	['topics', '/argomenti', 200],
	['topic', '/argomenti/tributi', 200],
	['offices', '/uffici', 200],
	['office', '/uffici/ufficio-anagrafe', 200],
	['FAQ', '/faq', 200],
	['search', '/cerca?q=certificato', 200],
	['legal notes', '/note-legali', 200],
	['privacy', '/privacy', 200],
	['accessibility', '/accessibilita', 200],
	['improvement plan', '/piano-di-miglioramento', 200],
	['404 (portal)', '/servizi/servizio-inesistente', 404],
	['login chooser (auth)', '/auth/login', 200],
];

// The <a ...> start tags of a piece of HTML, each as { attrs, text, html }.
function anchors(html) {
	const out = [];
	for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
		const attrs = {};
		for (const a of m[1].matchAll(/([\w-]+)="([^"]*)"/g)) attrs[a[1]] = decodeEntities(a[2]);
		out.push({ attrs, text: textOf(m[2]).replace(/\s+/g, ' ').trim(), html: m[0] });
	}
	return out;
}

// The site's own <header class="it-header-wrapper"> or <footer class="it-footer ...">
// (cards have <footer>s of their own).
function section(html, tag) {
	const m = new RegExp(`<${tag} class="it-${tag}[\\s\\S]*?</${tag}>`).exec(html);
	assert.ok(m, `no site <${tag}>`);
	return m[0];
}

function byHook(list, hook) {
	return list.filter((a) => a.attrs['data-element'] === hook);
}

const MENU = [
	['management', 'Amministrazione', '/amministrazione'],
	['news', 'Novità', '/novita'],
	['all-services', 'Servizi', '/servizi'],
	['live', 'Vivere il Comune', '/vivere-il-comune'],
];

// What the frame must hold on every page; urlPath is the page's own path.
// SIGNED_IN: a page rendered for a signed-in citizen, whose header names them and links to the
// personal area instead of offering the login.
function assertFrame(html, urlPath, label, status = 200, signedIn = false) {
	const all = anchors(html);
	const header = anchors(section(html, 'header'));
	const footer = anchors(section(html, 'footer'));

	// first-level menu: the four hooks once each in the whole page, in order, exact labels
	const nav = /<ul class="navbar-nav" data-element="main-navigation">([\s\S]*?)<\/ul>/.exec(html);
	assert.ok(nav, `${label}: no main navigation`);
	const items = anchors(nav[1]);
	assert.deepEqual(items.map((a) => [a.attrs['data-element'], a.text, a.attrs.href]), MENU,
		`${label}: first-level menu`);
	for (const [hook, name] of MENU) {
		assert.equal(byHook(all, hook).length, 1, `${label}: data-element="${hook}" once in the page`);
		assert.match(byHook(all, hook)[0].text, hook === 'live' ? /^Vivere / : new RegExp(`^${name}$`, 'i'));
	}

	// second menu, search, login in the header
	const topics = byHook(header, 'all-topics');
	assert.equal(topics.length, 1, `${label}: one all-topics link in the header`);
	assert.equal(topics[0].attrs.href, '/argomenti');
	for (let i = 0; SITE[`Site.MenuTopics.${i}.slug`]; i++) {
		const href = `/argomenti/${SITE[`Site.MenuTopics.${i}.slug`]}`;
		const a = header.find((x) => x.attrs.href === href);
		assert.ok(a, `${label}: the menu topic ${href}`);
		assert.equal(a.text, SITE[`Site.MenuTopics.${i}.name`]);
	}
	assert.equal(byHook(header, 'search-modal-button')[0].attrs.href, '/cerca', `${label}: search`);
	const login = byHook(header, 'personal-area-login');
	assert.equal(login.length, 1, `${label}: the personal-area login`);
	const href = new URL(login[0].attrs.href, BASE_URL);
	if (signedIn) {
		assert.equal(href.pathname, '/area-personale', `${label}: the signed-in citizen's link`);
		assert.doesNotMatch(html, /Accedi all'area personale/, `${label}: no "Accedi" for a signed-in citizen`);
	} else {
		assert.equal(href.pathname, '/auth/login');
	}
	if (signedIn)
		assert.equal(href.search, '', `${label}: no next=`);
	else if (urlPath.startsWith('/auth/') || status >= 400)   // not back to the login pages, nor to an error
		assert.equal(href.searchParams.get('next'), null, `${label}: no next=`);
	else
		assert.equal(href.searchParams.get('next'), new URL(urlPath, BASE_URL).pathname, `${label}: next= the page`);

	// the no-JavaScript menu: the burger is a link to the menu, the close link leaves it
	assert.match(html, /<a class="custom-navbar-toggler" href="#menu-principale"/, `${label}: burger link`);
	assert.match(html, /<div class="navbar-collapsable" id="menu-principale">/);
	assert.match(html, /<a class="btn close-menu" href="#header-nav-wrapper"/);

	// footer hooks, where the checker looks for them (inside <footer>)
	const want = {
		faq: ['/faq', /faq|domande frequenti/i],
		'appointment-booking': ['/prenota', /^prenotazione appuntamento$/i],
		'report-inefficiency': ['/segnalazioni/nuova?tipo=reclamo', /^(disservizio|segnala disservizio|segnalazione disservizio)$/i],
		'privacy-policy-link': ['/privacy', /privacy/i],
		'legal-notes': ['/note-legali', /note legali/i],
		'accessibility-link': [SITE['Site.AccessibilityUrl'], /accessibilit/i],
		contacts: [SITE['Site.Urp.Url'], new RegExp(SITE['Site.Urp.Label'].replace(/[()]/g, '\\$&'))],
	};
	for (const [hook, [target, text]] of Object.entries(want)) {
		const a = byHook(footer, hook);
		assert.equal(a.length, 1, `${label}: footer data-element="${hook}"`);
		assert.equal(a[0].attrs.href, target, `${label}: ${hook} href`);
		assert.match(a[0].text, text, `${label}: ${hook} text`);
	}
	assert.equal(byHook(all, 'appointment-booking').length, 1, `${label}: one appointment-booking link`);
	const plan = footer.find((a) => /piano di miglioramento del sito/i.test(a.text));
	assert.ok(plan, `${label}: the improvement plan link`);
	assert.equal(plan.attrs.href, SITE['Site.ImprovementPlanUrl']);
	// no menu hook in the footer (the checker would count it as a fifth voice)
	for (const [hook] of MENU) assert.equal(byHook(footer, hook).length, 0);

	// identity from conf/site.hdf
	const text = textOf(html);
	for (const k of ['Site.Name', 'Site.Region', 'Site.Address', 'Site.Phone', 'Site.Pec', 'Site.TaxCode'])
		assert.ok(text.includes(SITE[k]), `${label}: ${k} "${SITE[k]}" shown`);
	// the coat of arms, by its fingerprinted name (conf/assets.mjs)
	const logo = path.basename(SITE['Site.Logo']).replace(/\.svg$/, '');
	assert.match(html, new RegExp(`src="${SITE['Site.Static']}/dist/${logo}\\.[\\w-]{8,}\\.svg"`), `${label}: the coat of arms`);
	assert.ok(all.some((a) => a.attrs.href === `tel:${SITE['Site.PhoneTel']}`), `${label}: the phone link`);
	assert.ok(all.some((a) => a.attrs.href === SITE['Site.RegionUrl']), `${label}: the region link`);
}

describe('the Modello Comuni frame on every public page type', () => {
	for (const [label, urlPath, status] of PUBLIC_PAGES) {
		test(`${label} ${urlPath}`, async () => {
			const r = await get(urlPath);
			assert.equal(r.status, status, `${urlPath}: status`);
			assertFrame(r.text, urlPath, label, status);
		});
	}

	test('the active first-level item is marked on its own page', async () => {
		const html = await page('/servizi');
		assert.match(html, /<a class="nav-link active" href="\/servizi" aria-current="page" data-element="all-services">/);
	});
});

describe('the frame on the citizen pages (cases program)', () => {
	let c;
	before(async () => {
		c = new Client();
		await c.login(1);
		await c.token();
	});

	test('area personale, consent page, form, with steps', async () => {
		const area = await c.get('/area-personale');
		assert.equal(area.status, 200);
		assertFrame(area.text, '/area-personale', 'area personale', 200, true);
		const { code, consent } = await c.newDraft({});
		assertFrame(consent.text, '/segnalazioni/nuova', 'consent', 200, true);
		assert.match(consent.text, /<li class="active" aria-current="step"><span class="steppers-number">1<\/span>Informativa/);
		const form = await c.get(`/segnalazioni/${code}/modifica`);
		assert.equal(form.status, 200);
		assertFrame(form.text, `/segnalazioni/${code}/modifica`, 'case form', 200, true);
		assert.match(form.text, /<li class="confirmed">[\s\S]*?Informativa[\s\S]*?<li class="active" aria-current="step"><span class="steppers-number">2<\/span>Dati/);
		assert.doesNotMatch(titleOf(form.text), /^Errore/);
	});

	test('a failed submit: "Errore: " title, a summary linking each field, and the form again', async () => {
		const { code } = await c.newDraft({});
		const r = await c.saveDraft(code, { titolo: 'Buca', azione: 'avanti' });
		assert.equal(r.status, 422);
		assert.match(titleOf(r.text), /^Errore: /, 'the title says there is an error');
		const summary = /<div class="alert alert-danger" role="alert" id="errori" tabindex="-1"[^>]*>([\s\S]*?)<\/div>/.exec(r.text);
		assert.ok(summary, 'an error summary that can take the focus');
		const links = anchors(summary[1]);
		assert.ok(links.length >= 3, `one link per error (${links.length})`);
		assert.deepEqual(links.map((a) => a.text), errorsOf(r.text));
		for (const a of links) {
			const id = a.attrs.href.replace(/^#/, '');
			assert.match(r.text, new RegExp(`<(input|select|textarea)\\b[^>]*\\bid="${id}"`), `the field #${id} exists`);
		}
		assert.ok(links.some((a) => a.attrs.href === '#titolo'));
		assert.ok(links.some((a) => a.attrs.href === '#categoria'));
	});

	test('the header login link brings the citizen back to the page it started from', async () => {
		const html = await page('/servizi/certificato-anagrafico');
		const login = byHook(anchors(section(html, 'header')), 'personal-area-login')[0];
		const next = new URL(login.attrs.href, BASE_URL).searchParams.get('next');
		assert.equal(next, '/servizi/certificato-anagrafico');
		const chooser = await get(login.attrs.href);
		assert.equal(chooser.status, 200);
		assert.ok(chooser.text.includes(`next=${encodeURIComponent(next)}`), 'the IdP links keep next=');
		const other = new Client();
		const acs = await other.login(2, next);
		assert.equal(acs.location, next, 'after the ACS the citizen is back on the page');
	});
});

describe('the targets of the footer links this frame owns', () => {
	test('/note-legali has the "Licenza dei contenuti" section with the model text', async () => {
		const html = await page('/note-legali');
		const sec = /data-element="legal-notes-section">([^<]*)</.exec(html);
		assert.ok(sec, 'legal-notes-section');
		assert.equal(sec[1].trim().toLowerCase(), 'licenza dei contenuti');
		const body = /<div data-element="legal-notes-body">([\s\S]*?)<\/div>/.exec(html);
		assert.ok(body, 'legal-notes-body');
		// the checker's comparison (cheerio's text(): the text nodes joined as they are, tags
		// dropped without a space), then lower case, blanks collapsed, ' as ’
		const norm = (s) => s.trim().toLowerCase().replace(/\s+/g, ' ').replaceAll("'", '’');
		const got = norm(decodeEntities(body[1].replace(/<[^>]+>/g, '')));
		assert.equal(got, norm('In applicazione del principio open by default ai sensi dell’articolo 52 del decreto ' +
			'legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti ' +
			'incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con ' +
			'licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al ' +
			'pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo ' +
			'e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, ' +
			'anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.'));
	});

	test('"Segnalazione disservizio" leads, through the login, to a page that exists', async () => {
		let r = await get('/segnalazioni/nuova?tipo=reclamo');
		assert.equal(r.status, 302);
		const loc = new URL(r.headers.get('location'), BASE_URL);
		assert.equal(loc.pathname, '/auth/login');
		assert.equal(loc.searchParams.get('next'), '/segnalazioni/nuova?tipo=reclamo');
		r = await get(loc.pathname + loc.search);
		assert.equal(r.status, 200, 'the checker follows the redirect and finds a page');
	});

	test('FAQ, privacy, improvement plan answer 200; the accessibility link is an AgID form URL', async () => {
		for (const p of ['/faq', '/privacy', SITE['Site.ImprovementPlanUrl']]) await page(p);
		assert.match(SITE['Site.AccessibilityUrl'], /^https:\/\/form\.agid\.gov\.it\/view\/[0-9a-f-]{36}$/);
	});
});

describe('identity from configuration', () => {
	test('no template names the demo Comune', () => {
		const found = [];
		const walk = (dir) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				const f = path.join(dir, e.name);
				if (e.isDirectory()) walk(f);
				else if (f.endsWith('.cs') && /valdimonte/i.test(fs.readFileSync(f, 'utf8'))) found.push(path.relative(ROOT, f));
			}
		};
		walk(path.join(ROOT, 'templates'));
		assert.deepEqual(found, [], 'templates naming Valdimonte');
	});

	test('one page index: only the partials/macros.cs macro writes "Indice della pagina"', () => {
		const found = [];
		const walk = (dir) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				const f = path.join(dir, e.name);
				if (e.isDirectory()) walk(f);
				else if (f.endsWith('.cs') && /Indice della pagina|data-element="page-index"/.test(fs.readFileSync(f, 'utf8'))) found.push(path.relative(ROOT, f));
			}
		};
		walk(path.join(ROOT, 'templates'));
		assert.deepEqual(found, ['templates/partials/macros.cs']);
	});

	test('the footer\'s accessibility link is Site.AccessibilityUrl only, no fallback in the template', () => {
		const foot = fs.readFileSync(path.join(ROOT, 'templates/partials/foot.cs'), 'utf8');
		const link = foot.split('\n').filter((l) => l.includes('data-element="accessibility-link"'));
		assert.deepEqual(link, ['<?cs if:Site.AccessibilityUrl ?><li><a href="<?cs var:url_validate(Site.AccessibilityUrl) ?>" data-element="accessibility-link">Dichiarazione di accessibilità</a></li><?cs /if ?>']);
		assert.doesNotMatch(foot, /\/accessibilita|form\.agid\.gov\.it/, 'no URL of the statement written in the template');
	});
});

describe('the static error pages nginx serves when the programs cannot answer', () => {
	// They cannot read conf/site.hdf: they repeat its values, and must agree with it.
	test('show the contacts of conf/site.hdf', async () => {
		const html = await page('/static/errori/503.html');
		const text = textOf(html);
		for (const k of ['Site.Name', 'Site.Address', 'Site.Phone', 'Site.Pec'])
			assert.ok(text.includes(SITE[k]), `${k} "${SITE[k]}" on the static error page`);
		assert.ok(html.includes(`href="tel:${SITE['Site.PhoneTel']}"`));
		assert.ok(html.includes(`src="${SITE['Site.Static']}/${SITE['Site.Logo']}"`));
	});
});
