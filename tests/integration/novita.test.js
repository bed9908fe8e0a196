'use strict';
// Novità and Vivere il Comune against tests/fixtures/novita_vivere.sql: the
// landings with the model's second-level links, the lists (titles, filters,
// paging, empty state, 404 past the last page), the news, place and event
// pages (index, breadcrumb, facts), the month calendar without JavaScript, the
// iCalendar file (parsed here: CRLF, lines of at most 75 octets, escaping,
// required properties) and the exactness of the page cache.
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { pagesFlush } = require('./lib/public_pages');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const {
	get, page, titleOf, h1Of, textOf, count, decodeEntities, assertErrorPage, assertSitePage, SITE_NAME, TEST_VAR,
} = require('./lib/http');

function sql(query) {
	const out = execFileSync('mariadb', ['--no-defaults', `--socket=${path.join(TEST_VAR, 'db/run/mysqld.sock')}`,
		'-uroot', '-N', '-B', '--default-character-set=utf8mb4', 'portale', '-e', query], { encoding: 'utf8' });
	return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}

function assertTitle(html, expected) {
	assert.equal(titleOf(html), `${expected} - ${SITE_NAME}`);
	assert.equal(h1Of(html), expected);
}

// The breadcrumb's labels after "Home", the last one being the current page.
function crumbs(html) {
	const m = /<ol class="breadcrumb"[^>]*>([\s\S]*?)<\/ol>/.exec(html);
	assert.ok(m, 'a breadcrumb');
	return [...m[1].matchAll(/<li class="breadcrumb-item[^"]*"[^>]*>([\s\S]*?)<\/li>/g)].map((x) => textOf(x[1]).replace(/ \/$/, ''));
}

const newsCards = (html) => [...html.matchAll(/<h3 class="card-title h5"><a href="\/novita\/([a-z0-9-]+)">/g)].map((m) => m[1]);
const eventLinks = (html) => [...html.matchAll(/<a href="\/eventi\/([a-z0-9-]+)" data-element="event-link">/g)].map((m) => m[1]);
const pageIndex = (html) => {
	const m = /<ul data-element="page-index">([\s\S]*?)<\/ul>/.exec(html);
	assert.ok(m, 'a page index');
	return [...m[1].matchAll(/<a\b[^>]*href="#([a-z-]+)"[^>]*>([^<]*)<\/a>/g)].map((x) => [x[1], decodeEntities(x[2])]);
};

describe('Novità', () => {
	test('/novita: in evidenza, the latest and the three categories with the model\'s titles', async () => {
		const html = await page('/novita');
		assertSitePage(html, '/novita');
		assertTitle(html, 'Novità');
		assert.deepEqual(crumbs(html), ['Home', 'Novità']);
		const cats = [...html.matchAll(/<a href="(\/novita\/[a-z]+)" data-element="news-category-link">([^<]*)<\/a>/g)]
			.map((m) => [m[1], m[2]]);
		assert.deepEqual(cats, [['/novita/notizie', 'Notizie'], ['/novita/comunicati', 'Comunicati'], ['/novita/avvisi', 'Avvisi']]);
		const featured = /id="novita-evidenza"[^>]*>In evidenza<\/h2>([\s\S]*?)<\/section>/.exec(html);
		assert.ok(featured, 'an "In evidenza" section');
		assert.deepEqual(newsCards(featured[1]), ['avviso-chiusura-uffici', 'nuovi-orari-anagrafe', 'comunicato-sindaco']);
		const latest = /id="novita-tutte"[^>]*>Esplora tutte le novità<\/h2>([\s\S]*?)<\/section>/.exec(html);
		assert.deepEqual(newsCards(latest[1]), ['avviso-chiusura-uffici', 'nuovi-orari-anagrafe', 'avviso-tari',
			'comunicato-sindaco', 'notizia-ottobre', 'notizia-settembre']);
		assert.doesNotMatch(html, /notizia-non-pubblicata/, 'unpublished news never shows');
	});

	test('the lists have the model\'s titles, newest first, 9 a page', async () => {
		for (const [url, title, n] of [['/novita/notizie', 'Notizie', 11], ['/novita/comunicati', 'Comunicati', 2], ['/novita/avvisi', 'Avvisi', 2]]) {
			const html = await page(url);
			assertTitle(html, title);
			assert.deepEqual(crumbs(html), ['Home', 'Novità', title]);
			assert.match(html, new RegExp(`id="elenco-novita">${n} risultati`));
		}
		const p1 = await page('/novita/notizie');
		assert.deepEqual(newsCards(p1).slice(0, 3), ['nuovi-orari-anagrafe', 'notizia-ottobre', 'notizia-settembre']);
		assert.equal(newsCards(p1).length, 9);
		assert.match(p1, /href="\/novita\/notizie\?pagina=2"/);
		const p2 = await page('/novita/notizie?pagina=2');
		assert.equal(titleOf(p2), `Notizie - pagina 2 - ${SITE_NAME}`);
		assert.equal(h1Of(p2), 'Notizie', 'the model\'s title');
		assert.deepEqual(newsCards(p2), ['notizia-febbraio', 'notizia-gennaio']);
		assert.match(p2, /aria-current="page"><span class="visually-hidden">Pagina <\/span>2</);
		assert.match(p2, /<link rel="canonical" href="[^"]*\/novita\/notizie\?pagina=2">/);
		const types = /<span class="vm-nv-type">([^<]*)<\/span>/.exec(await page('/novita/avvisi'));
		assert.equal(types[1], 'Avviso');
	});

	test('a page past the last is a 404; bad parameters are a 400', async () => {
		assertErrorPage(await get('/novita/notizie?pagina=3'), 404, 'page 3');
		assertErrorPage(await get('/novita/avvisi?pagina=2'), 404, 'avvisi page 2');
		for (const q of ['pagina=0', 'pagina=x', 'argomento=Ambiente!', 'dal=2026-02-30', 'al=ieri', 'dal=2026-05-01&al=2026-04-01'])
			assertErrorPage(await get(`/novita/notizie?${q}`), 400, q);
	});

	test('filters by topic and by date keep each other in the pager, and an empty result is a page', async () => {
		const env = await page('/novita/notizie?argomento=ambiente');
		assert.deepEqual(newsCards(env), ['notizia-marzo-2', 'notizia-marzo-1']);
		assert.match(env, /<option value="ambiente" selected>Gestione rifiuti \(2\)<\/option>/);
		assert.match(env, /href="\/novita\/notizie">Rimuovi i filtri<\/a>/);
		const march = await page('/novita/notizie?dal=2026-03-01&al=2026-03-31');
		assert.deepEqual(newsCards(march), ['notizia-marzo-2', 'notizia-marzo-1']);
		assert.match(march, /id="filtro-dal" name="dal" value="2026-03-01"/);
		const both = await page('/novita/notizie?argomento=ambiente&dal=2026-03-10');
		assert.deepEqual(newsCards(both), ['notizia-marzo-2']);
		const fromDay = await page('/novita/notizie?dal=2026-02-10&al=2026-02-10');
		assert.deepEqual(newsCards(fromDay), ['notizia-febbraio'], 'both days included');
		const paged = await page('/novita/notizie?dal=2026-01-01');
		assert.match(paged, /href="\/novita\/notizie\?dal=2026-01-01&amp;pagina=2"/);
		const blank = await page('/novita/notizie?argomento=&dal=&al=');   // the form sent with nothing chosen
		assert.match(blank, /id="elenco-novita">11 risultati/);
		const none = await page('/novita/comunicati?argomento=ambiente');
		assert.match(none, /id="elenco-novita">Nessun risultato/);
		assert.match(none, /Nessun contenuto corrisponde ai filtri selezionati/);
		assert.equal(newsCards(none).length, 0);
	});

	test('/novita/{slug}: type, date, topics, image, attachments, reading time, page index, breadcrumb', async () => {
		const html = await page('/novita/nuovi-orari-anagrafe');
		assertTitle(html, 'Nuovi orari dell\'Anagrafe <dal lunedì>');
		assert.ok(html.includes('Nuovi orari dell&#39;Anagrafe &lt;dal lunedì&gt;'), 'escaped title');
		assert.deepEqual(crumbs(html), ['Home', 'Novità', 'Notizie', 'Nuovi orari dell\'Anagrafe <dal lunedì>']);
		assert.match(html, /<dt>Tipo<\/dt><dd><span class="vm-nv-type">Notizia<\/span>/);
		assert.match(html, /<time datetime="2026-11-02">2 novembre 2026<\/time>/);
		assert.match(html, /<dt>Tempo di lettura<\/dt><dd>1 min<\/dd>/);
		assert.match(html, /<a class="vm-tag" href="\/argomenti\/anagrafe-e-stato-civile">Anagrafe<\/a>/);
		assert.match(html, /<img class="figure-img img-fluid rounded" src="\/static\/images\/novita\/municipio.svg" alt="Illustrazione della facciata del municipio">/);
		assert.match(html, /<strong>Ufficio Anagrafe<\/strong>/, 'Markdown body');
		assert.deepEqual(pageIndex(html), [['descrizione', 'Descrizione'], ['a-cura-di', 'A cura di']]);
		assert.match(html, /id="a-cura-di">A cura di<\/h2>[\s\S]*?href="\/uffici\/ufficio-anagrafe"/);
		const avviso = await page('/novita/avviso-tari');
		assert.deepEqual(crumbs(avviso), ['Home', 'Novità', 'Avvisi', 'Scadenza della TARI']);
		assert.deepEqual(pageIndex(avviso).map((x) => x[0]), ['descrizione', 'documenti', 'a-cura-di']);
		assert.match(avviso, /<a href="\/static\/allegati\/avviso-tari-2026.pdf" download>Avviso TARI: scadenze e modalità di pagamento<\/a> <span class="vm-nv-filemeta">\(PDF, 1 kB\)<\/span>/);
		const pdf = await get('/static/allegati/avviso-tari-2026.pdf');
		assert.equal(pdf.status, 200, 'the attachment is served');
	});

	test('an unknown or unpublished news item is a 404', async () => {
		assertErrorPage(await get('/novita/non-esiste'), 404, 'unknown');
		assertErrorPage(await get('/novita/notizia-non-pubblicata'), 404, 'unpublished');
	});
});

describe('Vivere il Comune', () => {
	test('/vivere-il-comune: eventi and luoghi in evidenza, with the model\'s buttons', async () => {
		const html = await page('/vivere-il-comune');
		assertTitle(html, 'Vivere il Comune');
		assert.deepEqual(crumbs(html), ['Home', 'Vivere il Comune']);
		assert.match(html, /<a class="btn btn-outline-primary" href="\/eventi" data-element="live-button-events">Tutti gli eventi<\/a>/);
		assert.match(html, /<a class="btn btn-outline-primary" href="\/luoghi" data-element="live-button-locations">Tutti i luoghi<\/a>/);
		assert.deepEqual(eventLinks(html), ['concerto-di-natale'], 'featured and upcoming only');
		assert.match(html, /href="\/luoghi\/biblioteca-comunale"/);
		assert.match(html, /href="\/luoghi\/teatro-comunale"/);
		assert.doesNotMatch(html, /href="\/luoghi\/parco-fluviale"/, 'not featured');
	});

	test('/luoghi and /luoghi/{slug}: type, address, hours, contacts, services, its events', async () => {
		const list = await page('/luoghi');
		assertTitle(list, 'Luoghi');
		assert.deepEqual(crumbs(list), ['Home', 'Vivere il Comune', 'Luoghi']);
		assert.match(list, /id="elenco-luoghi">3 luoghi/);
		assert.deepEqual([...list.matchAll(/<a href="\/luoghi\/([a-z0-9-]+)" data-element="location-link">/g)].map((m) => m[1]),
			['biblioteca-comunale', 'parco-fluviale', 'teatro-comunale'], 'by name, with the checker\'s hook');
		assertErrorPage(await get('/luoghi?pagina=2'), 404, 'luoghi page 2');
		const html = await page('/luoghi/teatro-comunale');
		assertTitle(html, 'Teatro comunale');
		assert.deepEqual(crumbs(html), ['Home', 'Vivere il Comune', 'Luoghi', 'Teatro comunale']);
		assert.match(html, /<span class="vm-nv-type">Teatro<\/span>/);
		assert.deepEqual(pageIndex(html).map((x) => x[0]), ['descrizione', 'servizi', 'indirizzo', 'orari', 'contatti', 'eventi']);
		assert.match(html, /Via Cavour 12, 53030 Valdimonte \(SI\)/);
		assert.match(html, /<li>Biglietteria: martedì-sabato 17:00-19:30<\/li>/);
		assert.match(html, /0577 900520/);
		assert.deepEqual(eventLinks(html), ['concerto-di-natale']);
		const lib = await page('/luoghi/biblioteca-comunale');
		assert.match(lib, /<ul><li>Prestito e restituzione<\/li><li>Sala studio con wi-fi<\/li><li>Sezione ragazzi<\/li><\/ul>/);
		assert.doesNotMatch(lib, /evento-non-pubblicato/);
		assertErrorPage(await get('/luoghi/non-esiste'), 404, 'unknown place');
	});

	test('/eventi: the upcoming events by start, past and unpublished ones left out', async () => {
		const html = await page('/eventi');
		assertTitle(html, 'Eventi');
		assert.deepEqual(crumbs(html), ['Home', 'Vivere il Comune', 'Eventi']);
		assert.deepEqual(eventLinks(html), ['concerto-di-natale', 'mercatino-di-natale', 'serata-san-valentino']);
		assert.match(html, /id="elenco-eventi">3 eventi/);
		assert.match(html, /<p class="vm-nv-end" data-element="load-other-cards">Non ci sono altri eventi in programma.<\/p>/,
			'the checker\'s "load other cards" hook, at the end of the list');
		const month = sql('SELECT DATE_FORMAT(CURDATE(), \'%Y-%m\')')[0][0];
		assert.match(html, new RegExp(`href="/eventi\\?mese=${month}">Calendario del mese</a>`));
		assertErrorPage(await get('/eventi?pagina=2'), 404, 'eventi page 2');
		assertErrorPage(await get('/eventi?pagina=abc'), 400, 'bad page');
	});

	test('/eventi?mese=YYYY-MM: a month calendar that works without JavaScript', async () => {
		const html = await page('/eventi?mese=2030-02');
		assertTitle(html, 'Eventi di febbraio 2030');
		assert.deepEqual(crumbs(html), ['Home', 'Vivere il Comune', 'Eventi', 'febbraio 2030']);
		const table = /<table class="table vm-nv-calendar"[^>]*>([\s\S]*?)<\/table>/.exec(html);
		assert.ok(table, 'a calendar table');
		assert.match(table[1], /<caption>Calendario di febbraio 2030<\/caption>/);
		assert.equal(count(table[1], /<th scope="col">/), 7);
		const rows = table[1].split('<tr>').slice(2);   // after the head
		// 1 February 2030 is a Friday: 4 empty cells, 28 days, 3 empty cells: 5 weeks.
		assert.equal(rows.length, 5, 'five weeks');
		assert.equal(count(rows[0], /<td class="vm-nv-cal-empty">/), 4, 'Monday to Thursday before the 1st');
		assert.match(rows[0], /<span class="visually-hidden">1 febbraio<\/span>/);
		assert.equal(count(rows[4], /<td class="vm-nv-cal-empty">/), 3, 'after the 28th');
		// 14 February 2030 is a Thursday: the 4th cell of the 3rd week.
		const third = rows[2].split('<td').slice(1);
		assert.match(third[3], /14 febbraio/);
		assert.match(table[1], /<span class="visually-hidden">14 febbraio<\/span><\/span>\s*<ul><li><a href="\/eventi\/serata-san-valentino">18:00 Serata di San Valentino<\/a><\/li><\/ul>/);
		assert.match(html, /href="\/eventi\?mese=2030-01" rel="prev"/);
		assert.match(html, /href="\/eventi\?mese=2030-03" rel="next"/);
		assert.deepEqual(eventLinks(html), ['serata-san-valentino']);
		const empty = await page('/eventi?mese=2031-05');
		assert.match(empty, /In questo mese non ci sono eventi in calendario/);
		for (const q of ['mese=2030-13', 'mese=2030-2', 'mese=1999-12', 'mese=2030-02&pagina=2', 'mese=x'])
			assertErrorPage(await get(`/eventi?${q}`), 400, q);
	});

	test('the month of an event spanning days shows it on each of its days', async () => {
		const [start, end] = sql("SELECT DATE(start_at), DATE(end_at) FROM events WHERE slug = 'mercatino-di-natale'")[0];
		const html = await page(`/eventi?mese=${start.slice(0, 7)}`);
		const days = [...html.matchAll(/<span class="visually-hidden">(\d+) [a-z]+<\/span><\/span>\s*<ul>((?:(?!<\/ul>)[\s\S])*mercatino-di-natale)/g)].map((m) => Number(m[1]));
		const expected = [];
		for (let d = new Date(`${start}T12:00:00Z`); d <= new Date(`${end}T12:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
			if (d.toISOString().slice(0, 7) === start.slice(0, 7)) expected.push(d.getUTCDate());
		assert.deepEqual(days, expected);
		const today = sql('SELECT DAY(CURDATE()), DATE_FORMAT(CURDATE(), \'%Y-%m\')')[0];
		const cur = await page(`/eventi?mese=${today[1]}`);
		assert.match(cur, new RegExp(`<td class="vm-nv-cal-today" aria-current="date"><span class="vm-nv-cal-day"><span aria-hidden="true">${today[0]}</span>`));
	});

	test('/eventi/{slug}: date and time range, place, cost, audience, page index and the .ics link', async () => {
		const html = await page('/eventi/concerto-di-natale');
		const title = 'Concerto di Natale, coro; "Voci" \\ banda';
		assertTitle(html, title);
		assert.deepEqual(crumbs(html), ['Home', 'Vivere il Comune', 'Eventi', title]);
		assert.deepEqual(pageIndex(html).map((x) => x[1]), ['Cos\'è', 'A chi è rivolto', 'Luogo', 'Date e orari', 'Costi']);
		assert.match(textOf(html), /, dalle 21:00 alle 23:00/);
		assert.match(html, /<h3><a href="\/luoghi\/teatro-comunale">Teatro comunale<\/a><\/h3>/);
		assert.match(html, /id="costi">Costi<\/h2>\s*<p>Ingresso libero e gratuito.<\/p>/);
		assert.match(html, /id="a-chi-e-rivolto">A chi è rivolto<\/h2>\s*<p>Aperto a tutti<\/p>/);
		assert.match(html, /href="\/eventi\/concerto-di-natale\/ics" download="concerto-di-natale.ics"/);
		const paid = await page('/eventi/serata-san-valentino');
		assert.match(paid, /<p>Ingresso 5 euro<\/p>/);
		assert.match(textOf(paid), /14 febbraio 2030, dalle 18:00 alle 20:00/);
		const multi = await page('/eventi/mercatino-di-natale');
		assert.match(textOf(multi), /dal \d+ [a-z]+ \d{4} \(ore 10:00\) al \d+ [a-z]+ \d{4} \(ore 20:00\)/);
		assert.match(multi, /Il luogo sarà comunicato a breve/);
		assert.equal((await get('/eventi/festa-passata')).status, 200, 'a past event keeps its page');
		assertErrorPage(await get('/eventi/evento-non-pubblicato'), 404, 'unpublished');
		assertErrorPage(await get('/eventi/non-esiste'), 404, 'unknown');
	});
});

describe('iCalendar', () => {
	// RFC 5545: physical lines end in CRLF, at most 75 octets; unfolding joins
	// CRLF + one space. Returns [[name;params, value]...] of the logical lines.
	function parseIcs(buf) {
		const text = buf.toString('utf8');
		assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
		const physical = text.slice(0, -2).split('\r\n');
		for (const l of physical) {
			assert.ok(Buffer.byteLength(l, 'utf8') <= 75, `line longer than 75 octets: ${l}`);
			assert.ok(!/[\r\n]/.test(l), 'no bare CR or LF');
		}
		assert.ok(Buffer.from(text, 'utf8').equals(buf), 'valid UTF-8');
		const logical = [];
		for (const l of physical) {
			if (l.startsWith(' ')) logical[logical.length - 1] += l.slice(1);
			else logical.push(l);
		}
		return logical.map((l) => { const i = l.indexOf(':'); return [l.slice(0, i), l.slice(i + 1)]; });
	}
	const unescape = (v) => v.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));

	test('/eventi/{slug}/ics is text/calendar, valid RFC 5545, with escaped text', async () => {
		const r = await get('/eventi/concerto-di-natale/ics');
		assert.equal(r.status, 200);
		assert.match(r.headers.get('content-type'), /^text\/calendar; charset=utf-8$/);
		assert.match(r.headers.get('content-disposition'), /^attachment; filename="concerto-di-natale.ics"$/);
		const buf = Buffer.from(await (await fetch(`${process.env.BASE_URL || 'http://127.0.0.1:18080'}/eventi/concerto-di-natale/ics`)).arrayBuffer());
		assert.ok(Buffer.from(r.text, 'utf8').length === buf.length);
		const lines = parseIcs(buf);
		const names = lines.map((l) => l[0].split(';')[0]);
		assert.deepEqual(names.slice(0, 3), ['BEGIN', 'VERSION', 'PRODID']);
		assert.equal(lines[0][1], 'VCALENDAR');
		assert.equal(lines.at(-1).join(':'), 'END:VCALENDAR');
		assert.deepEqual(lines.filter((l) => l[0] === 'BEGIN').map((l) => l[1]),
			['VCALENDAR', 'VTIMEZONE', 'DAYLIGHT', 'STANDARD', 'VEVENT']);
		const from = lines.findIndex((l) => l.join(':') === 'BEGIN:VEVENT');
		const to = lines.findIndex((l) => l.join(':') === 'END:VEVENT');
		assert.ok(from > 0 && to > from, 'one VEVENT');
		const vevent = lines.slice(from + 1, to);
		const evNames = vevent.map((l) => l[0].split(';')[0]);
		for (const p of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'])
			assert.equal(evNames.filter((n) => n === p).length, 1, `one ${p} in the VEVENT`);
		const get1 = (n) => vevent.find((l) => l[0].split(';')[0] === n);
		assert.match(get1('DTSTAMP')[1], /^\d{8}T\d{6}Z$/);
		assert.match(get1('UID')[1], /^evento-1@/);
		const [start, end] = sql("SELECT DATE_FORMAT(start_at, '%Y%m%dT%H%i%s'), DATE_FORMAT(end_at, '%Y%m%dT%H%i%s') FROM events WHERE id = 1")[0];
		assert.deepEqual(get1('DTSTART'), ['DTSTART;TZID=Europe/Rome', start]);
		assert.deepEqual(get1('DTEND'), ['DTEND;TZID=Europe/Rome', end]);
		assert.ok(lines.some((l) => l[0] === 'TZID' && l[1] === 'Europe/Rome'), 'the VTIMEZONE the TZID names');
		const summary = get1('SUMMARY')[1];
		assert.equal(summary, 'Concerto di Natale\\, coro\\; "Voci" \\\\ banda', 'comma, semicolon, backslash escaped');
		assert.equal(unescape(summary), 'Concerto di Natale, coro; "Voci" \\ banda');
		assert.ok(buf.toString().includes('\r\n '), 'the long description is folded');
		assert.equal(unescape(get1('DESCRIPTION')[1]), 'Musiche di Natale: coro, banda; ingresso libero, fino a esaurimento dei posti disponibili in platea e nei palchi.');
		assert.equal(unescape(get1('LOCATION')[1]), 'Teatro comunale, Via Cavour 12, 53030 Valdimonte (SI)');
		assert.match(get1('URL')[1], /^http:\/\/[^/]+\/eventi\/concerto-di-natale$/);
		for (const [, v] of lines)
			assert.doesNotMatch(v.replace(/\\[\\;,nN]/g, ''), /\\/, 'no stray backslash');
	});

	test('newlines in the text become \\n; unknown events are 404', async (t) => {
		t.after(() => sql("UPDATE events SET summary = 'Bancarelle in piazza.', updated_at = '2026-11-15 12:00:00' WHERE id = 2"));
		sql("UPDATE events SET summary = 'Riga uno\\nriga due, tre; quattro', updated_at = '2026-11-15 12:00:00' WHERE id = 2");
		const r = await get('/eventi/mercatino-di-natale/ics');
		assert.equal(r.status, 200);
		assert.ok(r.text.includes('DESCRIPTION:Riga uno\\nriga due\\, tre\\; quattro\r\n'));
		assert.ok(!r.text.includes('DTEND;TZID=Europe/Rome:\r\n'));
		assert.equal((await get('/eventi/non-esiste/ics')).status, 404);
		assert.equal((await get('/eventi/evento-non-pubblicato/ics')).status, 404);
	});
});

describe('page cache', () => {
	// changed by hand in SQL: the pages kept as files are flushed, as an operator would
	const change = (q) => { sql(q); pagesFlush(); };
	test('a news, place or event changed in the database shows on the next request', async (t) => {
		t.after(() => {
			change("UPDATE news SET title = 'Comunicato del Sindaco sul bilancio', updated_at = updated_at WHERE id = 12");
			change("UPDATE places SET name = 'Parco fluviale', updated_at = updated_at WHERE id = 3");
			change("UPDATE events SET published = 1, updated_at = updated_at WHERE id = 2");
		});
		const before = await get('/novita/comunicati');
		assert.equal((await get('/novita/comunicati')).headers.get('etag'), before.headers.get('etag'));
		await page('/luoghi');
		await page('/eventi');
		change("UPDATE news SET title = 'Comunicato aggiornato', updated_at = updated_at WHERE id = 12");
		change("UPDATE places SET name = 'Parco del fiume', updated_at = updated_at WHERE id = 3");
		change("UPDATE events SET published = 0, updated_at = updated_at WHERE id = 2");
		for (let i = 0; i < 6; i++) {   // every worker
			const list = await get('/novita/comunicati');
			assert.match(list.text, />Comunicato aggiornato<\/a>/);
			assert.notEqual(list.headers.get('etag'), before.headers.get('etag'));
			assert.match(await page('/luoghi'), />Parco del fiume<\/a>/);
			assert.doesNotMatch(await page('/eventi'), /mercatino-di-natale/);
		}
	});

	test('topics and attachments of a news item are part of the generation too', async (t) => {
		t.after(() => {
			change('DELETE FROM news_topics WHERE news_id = 13');
			change('DELETE FROM news_attachments WHERE id = 99');
		});
		await page('/novita/comunicato-gemellaggio');
		change('INSERT INTO news_topics (news_id, topic_id) VALUES (13, 3)');
		change("INSERT INTO news_attachments (id, news_id, position, title, file, format, bytes) VALUES (99, 13, 1, 'Patto', 'allegati/ordinanza-viabilita.pdf', 'PDF', 733)");
		for (let i = 0; i < 6; i++) {
			const html = await page('/novita/comunicato-gemellaggio');
			assert.match(html, /href="\/argomenti\/mobilita-e-trasporti"/);
			assert.match(html, />Patto<\/a>/);
		}
	});
});
