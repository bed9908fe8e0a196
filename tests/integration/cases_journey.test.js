'use strict';
// The citizen's journey with a case, over HTTP against the running stack,
// logged in through the demo IdP:
//   login required (302 to /auth/login?level=2&next=...) → privacy consent →
//   the form (category, title, description, place, a photo) → the summary
//   showing exactly what will be sent → Invia → the receipt (code, protocol
//   number, date, office, due date) → the tracking page (timeline) → the
//   personal area; drafts saved and resumed; the three case types; withdrawal
//   before the office takes the case in charge (and 409 after); messages to
//   the office with a PDF; the acknowledgement e-mail (outbox row, then the
//   .eml written by the stack's SMTP sink in TEST_VAR/mail).
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, textOf, sleep } = require('./lib/http');
const {
	CITIZENS, Client, loggedIn, sql, sqlValue, q, caseRow, attachmentCount,
	summaryOf, summaryMap, timelineOf, areaCases, attachmentIds, codeDisplay, itDate, dueDate, errorsOf,
	inputValue, textareaValue, selectedOption, hiddenFields,
	jpeg, pdf, photoFile, pdfFile, mails, MAILDIR, validFields,
} = require('./lib/cases');

// Office and maximum days of a category, from the database.
function categoryInfo(slug) {
	const [name, office, maxDays] = sql(`SELECT c.name, o.name, c.max_days FROM case_categories c
		JOIN offices o ON o.id = c.office_id WHERE c.slug = ${q(slug)}`)[0];
	return { name, office, maxDays: Number(maxDays) };
}

function optionsOf(html) {
	const m = /<select[^>]*\bid="categoria"[^>]*>([\s\S]*?)<\/select>/.exec(html);
	return m ? [...m[1].matchAll(/<option value="([^"]+)"/g)].map((x) => x[1]) : [];
}

describe('login required', () => {
	test('unauthenticated GET /segnalazioni/nuova → 302 to /auth/login?level=2&next=...', async () => {
		const c = new Client();
		for (const target of ['/segnalazioni/nuova', '/segnalazioni/nuova?tipo=reclamo', '/area-personale']) {
			const r = await c.get(target);
			assert.equal(r.status, 302, target);
			const u = new URL(r.location, BASE_URL);
			assert.equal(u.pathname, '/auth/login', target);
			assert.equal(u.searchParams.get('level'), '2', target);
			assert.equal(u.searchParams.get('next'), target, target);
			assert.match(r.headers.get('cache-control') || '', /no-store/, target);
		}
	});

	test('after the login the citizen comes back to the page asked for', async () => {
		const c = new Client();
		const r = await c.login(0, '/segnalazioni/nuova?tipo=reclamo');
		assert.equal(r.location, '/segnalazioni/nuova?tipo=reclamo');
		const page = await c.get(r.location);
		assert.equal(page.status, 200);
		assert.match(page.text, /<h1[^>]*>\s*Reclamo\s*<\/h1>/);
	});

	test('POST without a session → 403, nothing created', async () => {
		const before = sqlValue('SELECT COUNT(*) FROM cases');
		const r = await new Client().post('/segnalazioni/nuova', { tipo: 'segnalazione', idem: 'x'.repeat(43), privacy: '1', csrf: 'x' });
		assert.equal(r.status, 403);
		assert.equal(sqlValue('SELECT COUNT(*) FROM cases'), before);
	});
});

describe('the whole journey of a segnalazione with a photo', () => {
	const fields = {
		categoria: 'illuminazione-pubblica',
		titolo: 'Lampione spento in piazza Garibaldi',
		descrizione: 'Il lampione all\'angolo con via Dante è spento da una settimana: la sera la piazza è buia.',
		indirizzo: 'Piazza Garibaldi 3',
		latitudine: '43.771200',
		longitudine: '11.254300',
	};
	const photo = jpeg(640, 480);
	let c;
	let code;
	let consent;

	before(async () => { c = await loggedIn(0); });

	test('consent page: the privacy notice and the consent checkbox', async () => {
		const r = await c.get('/segnalazioni/nuova');
		assert.equal(r.status, 200);
		assert.match(r.headers.get('cache-control') || '', /no-store/);
		assert.match(r.text, /Informativa sul trattamento dei dati personali/);
		assert.match(r.text, /<input[^>]*type="checkbox"[^>]*name="privacy"/);
		consent = hiddenFields(r.text);
		assert.equal(consent.tipo, 'segnalazione');
		assert.equal(consent.idem.length, 43);
	});

	test('consent not given → 400, no draft', async () => {
		const r = await c.post('/segnalazioni/nuova', { ...consent });
		assert.equal(r.status, 400);
		assert.match(textOf(r.text), /informativa sulla privacy/);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM cases WHERE idempotency_key = ${q(consent.idem)}`), '0');
	});

	test('consent given → 303 to the form of a new draft', async () => {
		const r = await c.post('/segnalazioni/nuova', { ...consent, privacy: '1' });
		assert.equal(r.status, 303);
		const m = /^\/segnalazioni\/([a-z0-9]{12})\/modifica$/.exec(r.location);
		assert.ok(m, r.location);
		code = m[1];
		const row = caseRow(code);
		assert.equal(row.status, 'draft');
		assert.equal(row.case_type, 'segnalazione');
		assert.ok(sqlValue(`SELECT privacy_at IS NOT NULL FROM cases WHERE code = ${q(code)}`) === '1', 'consent recorded');
	});

	test('the form lists the categories of a segnalazione only, with office and days', async () => {
		const r = await c.get(`/segnalazioni/${code}/modifica`);
		assert.equal(r.status, 200);
		assert.deepEqual(optionsOf(r.text), ['strade-e-marciapiedi', 'illuminazione-pubblica',
			'attraversamenti-e-segnaletica', 'rifiuti-abbandonati', 'verde-pubblico']);
		const info = categoryInfo('illuminazione-pubblica');
		assert.ok(textOf(r.text).includes(`${info.name} (${info.office}, risposta entro ${info.maxDays} giorni)`));
		assert.match(r.text, /enctype="multipart\/form-data"/);
		assert.equal(inputValue(r.text, 'titolo'), '');
	});

	test('save with a photo → 303 to the summary; the photo stored re-encoded', async () => {
		const r = await c.saveDraft(code, { ...fields, azione: 'avanti' }, [photoFile(photo, 'lampione.jpg')]);
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		assert.equal(r.location, `/segnalazioni/${code}/riepilogo`);
		const row = caseRow(code);
		assert.equal(row.status, 'draft');
		assert.equal(row.title, fields.titolo);
		assert.equal(row.description, fields.descrizione);
		assert.equal(row.address, fields.indirizzo);
		assert.equal(row.latitude, fields.latitudine);
		assert.equal(row.longitude, fields.longitudine);
		const [[kind, filename, type, width, height]] = sql(`SELECT t.kind, t.filename, t.content_type, t.width, t.height
			FROM case_attachments t JOIN cases c ON c.id = t.case_id WHERE c.code = ${q(code)}`);
		assert.deepEqual([kind, filename, type, width, height], ['photo', 'lampione.jpg', 'image/jpeg', '640', '480']);
	});

	test('the summary shows exactly what will be sent', async () => {
		const r = await c.get(`/segnalazioni/${code}/riepilogo`);
		assert.equal(r.status, 200);
		const s = summaryOf(r.text);
		const who = CITIZENS[0];
		assert.deepEqual(s.map((e) => [e.dt, e.dd]), [
			['Tipo', 'Segnalazione'],
			['Richiedente', `${who.name} ${who.familyName} (${who.fiscalCode})`],
			['Categoria', 'Illuminazione pubblica'],
			['Titolo', fields.titolo],
			['Descrizione', fields.descrizione],
			['Luogo', `${fields.indirizzo} (${fields.latitudine}, ${fields.longitudine})`],
			['Risposte all\'indirizzo', who.email],
			['Allegati', 'lampione.jpg'],
		]);
		// the photo: its thumbnail, linked to the full photo, its name as the caption
		const att = s.find((e) => e.dt === 'Allegati').html;
		const [id] = attachmentIds(att, code);
		assert.ok(id, 'the photo is listed');
		assert.match(att, new RegExp(`<img src="/segnalazioni/${code}/miniature/${id}" alt="Foto allegata: lampione.jpg"`));
		const thumb = await c.get(`/segnalazioni/${code}/miniature/${id}`);
		assert.equal(thumb.status, 200);
		assert.equal(thumb.headers.get('content-type'), 'image/jpeg');
		assert.equal(thumb.headers.get('x-content-type-options'), 'nosniff');
		assert.deepEqual([...thumb.buf.subarray(0, 3)], [0xff, 0xd8, 0xff]);
		const full = await c.get(`/segnalazioni/${code}/allegati/${id}`);
		assert.equal(full.status, 200);
		assert.equal(full.headers.get('content-type'), 'image/jpeg');
		assert.ok(thumb.buf.length < full.buf.length, 'the thumbnail is smaller than the photo');
		// the buttons: Invia (POST with the CSRF token) and Modifica
		assert.match(r.text, new RegExp(`<form method="post" action="/segnalazioni/${code}/invia"`));
		assert.match(r.text, new RegExp(`href="/segnalazioni/${code}/modifica">Modifica<`));
	});

	let protocol;
	let filedAt;
	test('Invia → 303 to the receipt: code, protocol, date, office, due date', async () => {
		const before = new Date();
		filedAt = before.getTime();
		const r = await c.submit(code);
		assert.equal(r.status, 303);
		assert.equal(r.location, `/segnalazioni/${code}/ricevuta`);
		const receipt = await c.get(r.location);
		assert.equal(receipt.status, 200);
		const m = summaryMap(receipt.text);
		const info = categoryInfo('illuminazione-pubblica');
		const row = caseRow(code);
		assert.equal(row.status, 'received');
		assert.match(m['Codice pratica'], /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
		assert.equal(m['Codice pratica'], codeDisplay(code));
		assert.match(m['Numero di protocollo'], /^\d{4}\/\d{7}$/);
		protocol = m['Numero di protocollo'];
		assert.equal(protocol, `${before.getFullYear()}/${String(row.protocol_number).padStart(7, '0')}`);
		assert.equal(row.protocol_year, String(before.getFullYear()));
		const today = [itDate(before), itDate(new Date())];
		assert.ok(today.includes(m.Data), `date ${m.Data}`);
		assert.equal(m.Tipo, `Segnalazione: ${info.name}`);
		assert.equal(m.Titolo, fields.titolo);
		assert.equal(m['Ufficio competente'], info.office);
		assert.ok([dueDate(before, info.maxDays), dueDate(new Date(), info.maxDays)].includes(m['Risposta prevista entro il']),
			`due ${m['Risposta prevista entro il']}`);
	});

	test('a second Invia (reload, double click) files nothing more: same receipt', async () => {
		const r = await c.submit(code);
		assert.equal(r.status, 303);
		assert.equal(r.location, `/segnalazioni/${code}/ricevuta`);
		const receipt = await c.get(r.location);
		assert.equal(summaryMap(receipt.text)['Numero di protocollo'], protocol);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.status = 'received'`), '1');
	});

	test('a filed case can no longer be edited: the form and the summary lead to the tracking page', async () => {
		for (const p of ['modifica', 'riepilogo']) {
			const r = await c.get(`/segnalazioni/${code}/${p}`);
			assert.equal(r.status, 303, p);
			assert.equal(r.location, `/segnalazioni/${code}`, p);
		}
		const before = caseRow(code);
		const r = await c.saveDraft(code, { ...fields, titolo: 'Titolo cambiato dopo l\'invio', azione: 'avanti' });
		assert.equal(r.status, 303);
		assert.equal(caseRow(code).title, before.title);
	});

	test('the tracking page: status, timeline "Ricevuta", office, the photo', async () => {
		const r = await c.get(`/segnalazioni/${code}`);
		assert.equal(r.status, 200);
		const m = summaryMap(r.text);
		assert.equal(m.Stato, 'Ricevuta');
		assert.equal(m['Codice pratica'], codeDisplay(code));
		assert.ok(m.Protocollo.startsWith(`${protocol} del `));
		assert.equal(m['Chi se ne occupa'], categoryInfo('illuminazione-pubblica').office);
		const events = timelineOf(r.text);
		assert.equal(events.length, 1);
		assert.deepEqual(events[0], { kind: 'status', label: 'Ricevuta', body: 'Pratica ricevuta e protocollata.' });
		assert.equal(attachmentIds(r.text, code).length, 1);
		assert.match(r.text, new RegExp(`action="/segnalazioni/${code}/ritira"`), 'can be withdrawn');
	});

	test('the personal area lists the case with its status and protocol', async () => {
		const r = await c.get('/area-personale');
		assert.equal(r.status, 200);
		const item = areaCases(r.text).find((x) => x.code === code);
		assert.ok(item, 'the case is listed');
		assert.equal(item.href, `/segnalazioni/${code}`);
		assert.equal(item.title, fields.titolo);
		assert.equal(item.status, 'Ricevuta');
		assert.ok(item.meta.includes(`protocollo ${protocol}`), item.meta);
	});

	test('the acknowledgement e-mail is queued in the outbox', () => {
		// one e-mail to someone other than staff: the notifier's scan may meanwhile have told
		// the office's operators (other test files leave some) of the new case
		const rows = sql(`SELECT o.recipient, o.subject, o.body FROM outbox o JOIN cases c ON c.id = o.case_id
			WHERE c.code = ${q(code)} AND o.recipient NOT IN (SELECT email FROM staff)`);
		assert.equal(rows.length, 1, 'one e-mail');
		const [recipient, subject, body] = rows[0];
		assert.equal(recipient, CITIZENS[0].email);
		assert.ok(subject.includes(fields.titolo), subject);
		assert.ok(body.includes(codeDisplay(code)), 'the code in the body');
	});

	test('the acknowledgement e-mail arrives (notifier + SMTP sink of the stack, TEST_VAR/mail)', async () => {
		const end = Date.now() + 10000;
		let found;
		let seen = 0;
		while (!found && Date.now() < end) {
			const list = mails({ since: filedAt - 2000 });
			seen = list.length;
			found = list.find((m) => m.body.includes(`Codice pratica: ${codeDisplay(code)}`));
			if (!found) await sleep(200);
		}
		assert.ok(found, `no e-mail with the case code ${codeDisplay(code)} in ${MAILDIR} within 10 s ` +
			`(${seen} .eml files there): is the notifier running with the SMTP sink?`);
		assert.match(found.headers, new RegExp(`^To: ${CITIZENS[0].email.replace(/\./g, '\\.')}\r?$`, 'm'));
		assert.match(found.headers, new RegExp(`^Subject: .*${fields.titolo}`, 'm'));
		assert.ok(found.body.includes(`${BASE_URL}/segnalazioni/${code}/ricevuta`), 'the link to the receipt');
		assert.ok(found.body.includes(`Gentile ${CITIZENS[0].name} ${CITIZENS[0].familyName}`), 'the greeting');
	});
});

describe('a draft saved with "Salva bozza" and resumed later', () => {
	let c;
	let code;
	const fields = {
		categoria: 'rifiuti-abbandonati',
		titolo: 'Sacchi di rifiuti al parcheggio',
		descrizione: 'Qualcuno ha lasciato sei sacchi neri accanto ai cassonetti del parcheggio della stazione.',
		indirizzo: 'Parcheggio della stazione',
	};
	before(async () => { c = await loggedIn(1); });

	test('Salva bozza → 303 to the personal area, where the draft is listed', async () => {
		({ code } = await c.newDraft());
		const r = await c.saveDraft(code, { ...fields, azione: 'bozza' });
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		assert.equal(r.location, '/area-personale');
		const area = await c.get('/area-personale');
		const item = areaCases(area.text).find((x) => x.code === code);
		assert.ok(item, 'the draft is listed');
		assert.equal(item.href, `/segnalazioni/${code}/modifica`);
		assert.equal(item.title, fields.titolo);
		assert.equal(item.status, 'Bozza');
		assert.equal(caseRow(code).status, 'draft');
	});

	test('a draft has no tracking page yet: it opens the form', async () => {
		const r = await c.get(`/segnalazioni/${code}`);
		assert.equal(r.status, 303);
		assert.equal(r.location, `/segnalazioni/${code}/modifica`);
		const receipt = await c.get(`/segnalazioni/${code}/ricevuta`);
		assert.equal(receipt.status, 303);
		assert.equal(receipt.location, `/segnalazioni/${code}/modifica`);
	});

	test('resumed: the form shows what was saved; changed and filed', async () => {
		const r = await c.get(`/segnalazioni/${code}/modifica`);
		assert.equal(r.status, 200);
		assert.equal(selectedOption(r.text, 'categoria'), fields.categoria);
		assert.equal(inputValue(r.text, 'titolo'), fields.titolo);
		assert.equal(textareaValue(r.text, 'descrizione'), fields.descrizione);
		assert.equal(inputValue(r.text, 'indirizzo'), fields.indirizzo);
		const changed = { ...fields, titolo: 'Sacchi di rifiuti al parcheggio della stazione', latitudine: '', longitudine: '' };
		const s = await c.saveDraft(code, { ...changed, azione: 'avanti' });
		assert.equal(s.status, 303);
		const sum = summaryMap((await c.get(s.location)).text);
		assert.equal(sum.Titolo, changed.titolo);
		assert.equal(sum.Allegati, 'Nessuno');
		const f = await c.submit(code);
		assert.equal(f.location, `/segnalazioni/${code}/ricevuta`);
		assert.equal(caseRow(code).status, 'received');
		const item = areaCases((await c.get('/area-personale')).text).find((x) => x.code === code);
		assert.equal(item.status, 'Ricevuta');
		assert.equal(item.href, `/segnalazioni/${code}`);
	});

	test('an empty draft cannot be filed: Invia leads back to the form', async () => {
		const d = await c.newDraft();
		const r = await c.submit(d.code);
		assert.equal(r.status, 303);
		assert.equal(r.location, `/segnalazioni/${d.code}/modifica`);
		assert.equal(caseRow(d.code).status, 'draft');
		assert.equal(caseRow(d.code).protocol_number, null);
	});
});

describe('the three case types', () => {
	let c;
	before(async () => { c = await loggedIn(2); });

	test('reclamo: its own categories, the address optional, routed to the office of the category', async () => {
		const consent = await c.get('/segnalazioni/nuova?tipo=reclamo');
		assert.match(consent.text, /<h1[^>]*>\s*Reclamo\s*<\/h1>/);
		const { code } = await c.newDraft({ tipo: 'reclamo' });
		const form = await c.get(`/segnalazioni/${code}/modifica`);
		assert.deepEqual(optionsOf(form.text), ['disservizio-ufficio']);
		const r = await c.saveDraft(code, {
			categoria: 'disservizio-ufficio', titolo: 'Attesa di due ore allo sportello',
			descrizione: 'Martedì mattina ho atteso due ore per un certificato con un solo sportello aperto.',
			indirizzo: '', azione: 'avanti',
		});
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		assert.equal(summaryMap((await c.get(r.location)).text).Tipo, 'Reclamo');
		await c.submit(code);
		const m = summaryMap((await c.get(`/segnalazioni/${code}/ricevuta`)).text);
		const info = categoryInfo('disservizio-ufficio');
		assert.equal(m.Tipo, `Reclamo: ${info.name}`);
		assert.equal(m['Ufficio competente'], info.office);
		assert.ok([dueDate(new Date(), info.maxDays), dueDate(new Date(Date.now() - 60000), info.maxDays)]
			.includes(m['Risposta prevista entro il']));
		assert.equal(caseRow(code).case_type, 'reclamo');
	});

	test('the service page links to a request for assistance about that service', async () => {
		const r = await c.get('/servizi/certificato-anagrafico');
		assert.equal(r.status, 200);
		assert.match(r.text, /href="\/segnalazioni\/nuova\?tipo=assistenza&amp;servizio=certificato-anagrafico"/,
			'no link to /segnalazioni/nuova?tipo=assistenza&servizio=certificato-anagrafico on the service page');
	});

	test('assistenza from ?tipo=assistenza&servizio=certificato-anagrafico: the summary names the service', async () => {
		const consent = await c.get('/segnalazioni/nuova?tipo=assistenza&servizio=certificato-anagrafico');
		assert.equal(consent.status, 200);
		assert.equal(hiddenFields(consent.text).servizio, 'certificato-anagrafico');
		const { code } = await c.newDraft({ tipo: 'assistenza', servizio: 'certificato-anagrafico' });
		const form = await c.get(`/segnalazioni/${code}/modifica`);
		assert.deepEqual(optionsOf(form.text), ['domanda-su-un-servizio']);
		const r = await c.saveDraft(code, {
			categoria: 'domanda-su-un-servizio', titolo: 'Certificato per un familiare',
			descrizione: 'Posso chiedere online il certificato di stato di famiglia per mia madre?',
			indirizzo: '', azione: 'avanti',
		});
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		const sum = summaryMap((await c.get(r.location)).text);
		assert.equal(sum.Tipo, 'Richiesta di assistenza');
		assert.equal(sum.Servizio, 'Certificato anagrafico');
		await c.submit(code);
		const m = summaryMap((await c.get(`/segnalazioni/${code}/ricevuta`)).text);
		assert.equal(m.Tipo, 'Richiesta di assistenza: Domanda su un servizio');
		assert.equal(m['Ufficio competente'], categoryInfo('domanda-su-un-servizio').office);
		assert.equal(sqlValue(`SELECT s.slug FROM cases c JOIN services s ON s.id = c.service_id WHERE c.code = ${q(code)}`),
			'certificato-anagrafico');
	});

	test('an unknown type is refused (400)', async () => {
		const r = await c.get('/segnalazioni/nuova?tipo=denuncia');
		assert.equal(r.status, 400);
	});
});

describe('withdrawal and messages', () => {
	let c;
	before(async () => { c = await loggedIn(3); });

	test('withdrawn before being taken in charge: status Ritirata, in the timeline', async () => {
		const { code } = await c.fileCase({ titolo: 'Segnalazione da ritirare' });
		const r = await c.post(`/segnalazioni/${code}/ritira`, { csrf: c.csrf });
		assert.equal(r.status, 303);
		assert.equal(r.location, `/segnalazioni/${code}`);
		assert.equal(caseRow(code).status, 'withdrawn');
		const page = await c.get(r.location);
		assert.equal(summaryMap(page.text).Stato, 'Ritirata');
		assert.deepEqual(timelineOf(page.text).map((e) => e.label), ['Ricevuta', 'Ritirata']);
		assert.doesNotMatch(page.text, /\/ritira"/, 'no withdraw button any more');
		assert.doesNotMatch(page.text, /\/messaggi"/, 'no message form on a closed case');
		const area = areaCases((await c.get('/area-personale')).text).find((x) => x.code === code);
		assert.equal(area.status, 'Ritirata');
		// the citizen is told by e-mail, in the same transaction
		assert.equal(sqlValue(`SELECT COUNT(*) FROM outbox o JOIN cases c ON c.id = o.case_id
			WHERE c.code = ${q(code)} AND o.subject = 'Pratica ritirata: Segnalazione da ritirare'`), '1');
		// withdrawn twice: refused, nothing changes
		const again = await c.post(`/segnalazioni/${code}/ritira`, { csrf: c.csrf });
		assert.equal(again.status, 409);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.status = 'withdrawn'`), '1');
	});

	test('once taken in charge it cannot be withdrawn: 409, status unchanged', async () => {
		const { code } = await c.fileCase({ titolo: 'Segnalazione presa in carico' });
		sql(`UPDATE cases SET status = 'in_charge' WHERE code = ${q(code)}`);
		const page = await c.get(`/segnalazioni/${code}`);
		assert.equal(summaryMap(page.text).Stato, 'Presa in carico');
		assert.doesNotMatch(page.text, /\/ritira"/, 'no withdraw button');
		const r = await c.post(`/segnalazioni/${code}/ritira`, { csrf: c.csrf });
		assert.equal(r.status, 409);
		assert.match(textOf(r.text), /presa in carico/);
		assert.equal(caseRow(code).status, 'in_charge');
	});

	test('a message to the office with a PDF appears in the timeline; the PDF downloads as sent', async () => {
		const { code } = await c.fileCase({ titolo: 'Segnalazione con messaggio' });
		const doc = pdf('Integrazione');
		const text = 'Aggiungo la planimetria della zona con il punto esatto.';
		const r = await c.postMultipart(`/segnalazioni/${code}/messaggi`, { csrf: c.csrf, messaggio: text },
			[pdfFile(doc, 'planimetria.pdf')]);
		assert.equal(r.status, 303);
		assert.equal(r.location, `/segnalazioni/${code}#cronologia`);
		const page = await c.get(`/segnalazioni/${code}`);
		const events = timelineOf(page.text);
		assert.deepEqual(events.map((e) => [e.kind, e.label]), [['status', 'Ricevuta'], ['message', 'Tu']]);
		assert.equal(events[1].body, text);
		assert.match(page.text, /planimetria\.pdf \(PDF\)/);
		const ids = attachmentIds(page.text, code);
		assert.equal(ids.length, 1);
		const dl = await c.get(`/segnalazioni/${code}/allegati/${ids[0]}`);
		assert.equal(dl.status, 200);
		assert.equal(dl.headers.get('content-type'), 'application/pdf');
		assert.match(dl.headers.get('content-disposition') || '', /^attachment/);
		assert.ok(dl.buf.equals(doc), 'the PDF comes back byte for byte');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_attachments t JOIN cases c ON c.id = t.case_id
			WHERE c.code = ${q(code)} AND t.event_id IS NOT NULL AND t.kind = 'document'`), '1');
	});

	test('a message of 2500 accented characters (under the 4000 shown) is accepted', async () => {
		const { code } = await c.fileCase({ titolo: 'Segnalazione con messaggio lungo' });
		const text = 'è'.repeat(2500);
		const r = await c.postMultipart(`/segnalazioni/${code}/messaggi`, { csrf: c.csrf, messaggio: text });
		assert.equal(r.status, 303, `expected 303, got ${r.status}: the limit counts bytes, not characters?`);
		assert.equal(timelineOf((await c.get(`/segnalazioni/${code}`)).text)[1].body, text);
	});

	test('a message that is not a PDF is refused and nothing is stored', async () => {
		const { code } = await c.fileCase({ titolo: 'Segnalazione con allegato sbagliato' });
		const r = await c.postMultipart(`/segnalazioni/${code}/messaggi`, { csrf: c.csrf, messaggio: 'Ecco la foto richiesta.' },
			[{ field: 'documento', filename: 'foto.pdf', type: 'application/pdf', data: jpeg() }]);
		assert.equal(r.status, 422);
		assert.ok(r.text.includes('Ecco la foto richiesta.'), 'the message typed is kept');
		assert.equal(attachmentCount(code), 0);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.code = ${q(code)} AND e.kind = 'message'`), '0');
	});
});

describe('routing by area', () => {
	let c;
	before(async () => { c = await loggedIn(3); });

	// tests/fixtures/case_categories.sql: signage in Poggio Alto goes to the
	// Ufficio Anagrafe instead of the category's own office (Polizia locale).
	test('a route for the area wins over the category\'s office; no area, the category\'s', async () => {
		const inArea = await c.fileCase({ categoria: 'attraversamenti-e-segnaletica', zona: 'poggio-alto' });
		const plain = await c.fileCase({ categoria: 'attraversamenti-e-segnaletica' });
		const elsewhere = await c.fileCase({ categoria: 'attraversamenti-e-segnaletica', zona: 'centro' });
		const office = async (code) => summaryMap((await c.get(`/segnalazioni/${code}/ricevuta`)).text)['Ufficio competente'];
		assert.equal(await office(inArea.code), 'Ufficio Anagrafe');
		assert.equal(await office(plain.code), categoryInfo('attraversamenti-e-segnaletica').office);
		assert.equal(await office(elsewhere.code), categoryInfo('attraversamenti-e-segnaletica').office);
		const summary = summaryMap((await c.get(`/segnalazioni/${inArea.code}`)).text);
		assert.match(summary.Luogo, /^Frazione Poggio Alto: /);
	});

	test('an unknown area is refused with the form kept', async () => {
		const { code } = await c.newDraft();
		const r = await c.saveDraft(code, { ...validFields(), zona: 'atlantide', azione: 'avanti' });
		assert.equal(r.status, 422);
		assert.ok(errorsOf(r.text).some((e) => /zona/i.test(e)), errorsOf(r.text).join(' | '));
		assert.ok(r.text.includes(validFields().titolo), 'what was typed is kept');
	});
});
