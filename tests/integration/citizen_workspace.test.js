'use strict';
// The citizen's workspace (issue 13): the personal area's history in plain sentences and its
// counts; the case page's status progress, timeline with times, photo gallery with captions;
// a closed case shows its outcome and what to do next, not a due date.
const { test, describe, before } = require('node:test');
const assert = require('node:assert/strict');
const { textOf } = require('./lib/http');
const { loggedIn, sql, sqlValue, q, photoFile, codeDisplay } = require('./lib/cases');

// The personal area's "La tua storia con il Comune" as text lines.
function history(html) {
	const sec = /<h2 id="storia"[\s\S]*?<ol class="vm-timeline">([\s\S]*?)<\/ol>/.exec(html);
	return sec ? [...sec[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1])) : [];
}

// The status progress: [{ label, current }].
function progress(html) {
	const ol = /<ol class="vm-progress">([\s\S]*?)<\/ol>/.exec(html);
	assert.ok(ol, 'the case page has its status progress');
	return [...ol[1].matchAll(/<li class="vm-progress-step[^"]*"( aria-current="step")?>([\s\S]*?)<\/li>/g)]
		.map((m) => ({ label: textOf(m[2].replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '')), current: !!m[1] }));
}

// The count beside a section in the page index: "Pratiche (3)" -> 3.
function countOf(html, id) {
	const m = new RegExp(`<a class="vm-index-link" href="#${id}">[^<]*\\((\\d+)\\)</a>`).exec(html);
	assert.ok(m, `the index entry #${id} with its count`);
	return Number(m[1]);
}

const caseId = (code) => `(SELECT id FROM cases WHERE code = ${q(code)})`;

function setStatus(code, status, extra = '') {
	sql(`UPDATE cases SET status = ${q(status)}${extra} WHERE code = ${q(code)};
		SET @c = ${caseId(code)};
		INSERT INTO case_events (case_id, at, kind, status, author, author_name, body)
		VALUES (@c, NOW(3), 'status', ${q(status)}, 'staff', 'Polizia locale', '');
		CALL case_flags_rebuild(@c);`);
}

describe('the citizen\'s workspace', () => {
	let citizen, code;
	before(async () => {
		citizen = await loggedIn(0);
		({ code } = await citizen.fileCase({ titolo: 'Buca davanti alla scuola' }, [photoFile()]));
	});

	test('the case page: progress on "Ricevuta" (aria-current="step"), gallery with captions, times in the timeline, the index', async () => {
		const html = (await citizen.get(`/segnalazioni/${code}`)).text;
		assert.deepEqual(progress(html), [
			{ label: 'Ricevuta', current: true }, { label: 'Presa in carico', current: false },
			{ label: 'In lavorazione', current: false }, { label: 'Chiusa', current: false }]);
		assert.match(html, /<ul class="vm-gallery list-unstyled">\s*<li><figure class="vm-photo"><a [^>]*><img [^>]*class="vm-thumb"><\/a>\s*<figcaption>[^<]+<\/figcaption><\/figure><\/li>/);
		assert.match(html, /<time class="vm-when" datetime="\d{4}-\d\d-\d\d \d\d:\d\d">\d\d\/\d\d\/\d{4}, ore \d\d:\d\d<\/time>/);
		for (const id of ['avanzamento', 'dettagli', 'termine', 'allegati', 'cronologia', 'scrivi'])
			assert.match(html, new RegExp(`<a class="vm-index-link" href="#${id}">`), `index entry #${id}`);
		assert.match(html, /<dt>Scadenza<\/dt>/, 'an open case shows its due date');
		assert.match(html, /class="btn btn-outline-primary btn-sm vm-print" hidden>/, 'the print button, shown by the script');
	});

	test('taken in charge: the history reads as a sentence, with no internal codes or channel ids', async () => {
		setStatus(code, 'in_charge');
		const html = (await citizen.get('/area-personale')).text;
		const lines = history(html);
		const shown = codeDisplay(code);
		assert.ok(lines.some((l) => new RegExp(`^\\d\\d/\\d\\d/\\d{4}, ore \\d\\d:\\d\\d Segnalazione ${shown} aggiornata: presa in carico$`).test(l)),
			JSON.stringify(lines));
		assert.ok(lines.some((l) => /Accesso ai servizi online con (SPID|CIE)$/.test(l)), JSON.stringify(lines));
		for (const l of lines) {
			assert.doesNotMatch(l, /\b(in_charge|received|in_progress|waiting_citizen|spid|cie|web|status|login)\b/, l);
			assert.ok(!l.includes(code), `the raw code ${code} in "${l}"`);
		}
		const page = (await citizen.get(`/segnalazioni/${code}`)).text;
		assert.deepEqual(progress(page).map((s) => s.current), [false, true, false, false]);
	});

	test('the area counts cases, drafts, appointments and history beside its index', async () => {
		const { code: draft } = await citizen.newDraft({});
		const html = (await citizen.get('/area-personale')).text;
		const count = (k) => countOf(html, k);
		const cases = Number(sqlValue(`SELECT COUNT(*) FROM cases WHERE status <> 'draft' AND citizen_id = (SELECT citizen_id FROM cases WHERE code = ${q(code)})`));
		const drafts = Number(sqlValue(`SELECT COUNT(*) FROM cases WHERE status = 'draft' AND citizen_id = (SELECT citizen_id FROM cases WHERE code = ${q(code)})`));
		assert.equal(count('pratiche'), cases);
		assert.equal(count('bozze'), drafts);
		assert.ok(drafts >= 1 && html.includes(`/segnalazioni/${draft}/modifica`));
		assert.equal(count('storia'), history(html).length);
		assert.ok(Number.isInteger(count('appuntamenti')));
	});

	test('the Scrivania: messages from the comune and the services used, each counted', async () => {
		sql(`SET @c = ${caseId(code)};
			INSERT INTO case_events (case_id, at, kind, author, author_name, body, public)
			VALUES (@c, NOW(3), 'message', 'staff', 'Polizia locale', 'Interverremo entro venerdì <b>mattina</b>.', TRUE);
			INSERT INTO case_events (case_id, at, kind, author, author_name, body, public)
			VALUES (@c, NOW(3), 'note', 'staff', 'Polizia locale', 'Nota interna da non mostrare', FALSE);
			CALL case_flags_rebuild(@c);`);
		const html = (await citizen.get('/area-personale')).text;
		const sec = /<h2 id="messaggi"[\s\S]*?<\/section>/.exec(html)[0];
		assert.match(sec, /Interverremo entro venerdì &lt;b&gt;mattina&lt;\/b&gt;\./, 'the message, escaped');
		assert.ok(sec.includes(`href="/segnalazioni/${code}">${codeDisplay(code)}</a>`));
		assert.doesNotMatch(html, /Nota interna/);
		assert.ok(history(html).some((l) => l.endsWith(`Il Comune ti ha scritto sulla pratica ${codeDisplay(code)} (segnalazione)`)),
			JSON.stringify(history(html)));
		assert.equal(countOf(html, 'messaggi'), [...sec.matchAll(/<li class="vm-message">/g)].length);
		const used = /<h2 id="servizi-usati"[\s\S]*?<\/section>/.exec(html)[0];
		assert.match(used, /<a href="\/segnalazioni\/nuova\?tipo=segnalazione">Segnalazione: Strade e marciapiedi<\/a>/);
		assert.equal(countOf(html, 'servizi-usati'), [...used.matchAll(/<li>/g)].length);
	});

	test('a closed case shows its outcome and what to do next, not a due date', async () => {
		setStatus(code, 'closed', ", outcome = 'Buca riparata il giorno stesso', outcome_kind = 'risolta', closed_at = NOW(3)");
		const html = (await citizen.get(`/segnalazioni/${code}`)).text;
		assert.doesNotMatch(html, /<dt>Scadenza<\/dt>/);
		assert.doesNotMatch(html, /id="termine"/);
		assert.match(html, /<h2 id="cosa-fare" class="h4">Esito e cosa puoi fare<\/h2>/);
		assert.match(textOf(html), /Esito: Buca riparata il giorno stesso ?\./);
		assert.match(html, /href="\/segnalazioni\/nuova">presenta una nuova segnalazione<\/a>/);
		assert.deepEqual(progress(html).map((s) => [s.label, s.current]).at(-1), ['Chiusa', true]);
		assert.match(html, /id="esito"/, 'the "risolto / non risolto" forms stay');
	});
});

describe('no "Accedi" for a signed-in citizen', () => {
	test('the pages of the personal area name the citizen instead of offering the login', async () => {
		const citizen = await loggedIn(1);
		const html = (await citizen.get('/area-personale')).text;
		assert.doesNotMatch(html, /Accedi all'area personale/);
		assert.doesNotMatch(html, /href="\/auth\/login/);
		assert.match(html, /<a class="btn btn-primary btn-icon btn-full vm-login" href="\/area-personale"/);
	});
});
