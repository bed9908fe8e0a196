'use strict';
// Bad input on the cases pages, over HTTP against the running stack. Each
// refusal must be clear (the message says what is wrong), keep what the
// citizen typed (the form comes back filled in), and store nothing by half:
// the draft keeps the values it had, no attachment row is written.
// Also: bad, missing or stale CSRF tokens and sessions; someone else's case
// (404 exactly like a code that does not exist); a double submit; a reload of
// the consent form.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { BASE_URL, textOf } = require('./lib/http');
const {
	loggedIn, sql, sqlValue, q, caseRow, attachmentCount, hiddenFields,
	errorsOf, inputValue, textareaValue, selectedOption, attachmentIds, randomCode, summaryMap,
	jpeg, png, pngDeclaring, gpsJpeg, gpsNeedles, GPS, truncatedJpeg, polyglotJpeg, POLYGLOT_TAIL,
	oversizedJpeg, pdf, photoFile, pdfFile,
} = require('./lib/cases');

// What the draft holds before each bad request ...
const SAVED = {
	categoria: 'strade-e-marciapiedi',
	titolo: 'Marciapiede rotto in via Verdi',
	descrizione: 'Le lastre del marciapiede davanti al civico 8 sono sollevate dalle radici.',
	indirizzo: 'Via Verdi 8',
	latitudine: '',
	longitudine: '',
};
// ... and what the citizen types in it now.
const TYPED = {
	categoria: 'verde-pubblico',
	titolo: 'Radici che sollevano il marciapiede',
	descrizione: 'Le radici del platano hanno sollevato il marciapiede: è facile inciampare, soprattutto la sera.',
	indirizzo: 'Via Verdi 8, angolo via Mazzini',
	latitudine: '',
	longitudine: '',
};

const SNAPSHOT = ['status', 'category_id', 'title', 'description', 'address', 'latitude', 'longitude', 'updated_at'];
const snapshot = (code) => {
	const row = caseRow(code);
	return Object.fromEntries(SNAPSHOT.map((k) => [k, row[k]]));
};

describe('bad input on the case form: a clear error, what was typed kept, nothing half-stored', () => {
	let c;
	before(async () => { c = await loggedIn(1); });

	// A draft holding SAVED (saved with "Salva bozza"); returns its code.
	async function draft() {
		const { code } = await c.newDraft();
		const r = await c.saveDraft(code, { ...SAVED, azione: 'bozza' });
		assert.equal(r.status, 303, `saving the draft: ${r.status} ${errorsOf(r.text).join(' | ')}`);
		return code;
	}

	// Sends TYPED + FIELDS with FILES; expects 422 and the form back with
	// ERROR among its messages, the typed values in its fields, the draft as
	// it was and no attachment.
	async function refused(fields, files, error, { field } = {}) {
		const code = await draft();
		const before = snapshot(code);
		const typed = { ...TYPED, ...fields };
		const r = await c.saveDraft(code, { ...typed, azione: 'avanti' }, files);
		assert.equal(r.status, 422, `expected 422, got ${r.status}`);
		const errors = errorsOf(r.text);
		assert.ok(errors.some((e) => error.test(e)), `errors shown: ${JSON.stringify(errors)}, expected ${error}`);
		assert.equal(inputValue(r.text, 'titolo'), typed.titolo, 'the title typed is kept');
		assert.equal(textareaValue(r.text, 'descrizione'), typed.descrizione, 'the description typed is kept');
		assert.equal(inputValue(r.text, 'indirizzo'), typed.indirizzo, 'the address typed is kept');
		if (field) {
			// the message next to the field; the text fields are marked invalid too
			assert.match(r.text, new RegExp(`id="errore-${field}">`), `the message next to ${field}`);
			if (!['foto', 'documento'].includes(field))
				assert.match(r.text, new RegExp(`id="${field}"[^>]*aria-invalid="true"[^>]*aria-describedby="errore-${field}"`),
					`the field ${field} is marked invalid`);
		}
		assert.deepEqual(snapshot(code), before, 'the draft is unchanged');
		assert.equal(attachmentCount(code), 0, 'no attachment stored');
		return { code, r };
	}

	test('missing title (with a valid photo, which is not stored either)', async () => {
		await refused({ titolo: '' }, [photoFile(jpeg())], /Il titolo deve avere da 5 a 120 caratteri/, { field: 'titolo' });
	});

	test('overlong title (121 characters)', async () => {
		await refused({ titolo: 'T'.repeat(121) }, [], /Il titolo deve avere da 5 a 120 caratteri/, { field: 'titolo' });
	});

	test('120 characters of title and 4000 of description, accented, are accepted (characters, not bytes)', async () => {
		const code = await draft();
		const titolo = 'è'.repeat(120);
		const descrizione = 'à'.repeat(4000);
		const r = await c.saveDraft(code, { ...TYPED, titolo, descrizione, azione: 'avanti' });
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		assert.equal(caseRow(code).title, titolo);
		assert.equal(caseRow(code).description, descrizione);
	});

	test('overlong description (4001 characters)', async () => {
		const descrizione = 'Descrizione lunga. '.repeat(220).slice(0, 4001);
		assert.equal(descrizione.length, 4001);
		await refused({ descrizione }, [],
			/La descrizione deve avere da 10 a 4000 caratteri/, { field: 'descrizione' });
	});

	test('unknown category', async () => {
		const { r } = await refused({ categoria: 'categoria-inventata' }, [], /Scegli una categoria dall'elenco/, { field: 'categoria' });
		assert.equal(selectedOption(r.text, 'categoria'), '', 'no category selected');
	});

	test('a category of another case type (reclamo) on a segnalazione', async () => {
		await refused({ categoria: 'disservizio-ufficio' }, [], /Scegli una categoria dall'elenco/, { field: 'categoria' });
	});

	test('coordinates out of range', async () => {
		await refused({ latitudine: '91', longitudine: '11.25' }, [], /coordinate non sono valide/);
	});

	test('too many files: 4 photos', async () => {
		await refused({}, [1, 2, 3, 4].map((i) => photoFile(jpeg(), `foto${i}.jpg`)), /al massimo 3 foto/, { field: 'foto' });
	});

	test('an oversized photo (11 MB): 413 or the form error, nothing stored', async () => {
		const code = await draft();
		const before = snapshot(code);
		const r = await c.saveDraft(code, { ...TYPED, azione: 'avanti' }, [photoFile(oversizedJpeg(), 'grande.jpg')]);
		assert.ok([413, 422].includes(r.status), `expected 413 or 422, got ${r.status}`);
		if (r.status === 413) {
			assert.match(textOf(r.text), /troppo grande/i);
		} else {
			assert.ok(errorsOf(r.text).some((e) => /grande\.jpg: Il file è troppo grande \(al massimo 10 MB\)/.test(e)),
				JSON.stringify(errorsOf(r.text)));
			assert.equal(inputValue(r.text, 'titolo'), TYPED.titolo);
			assert.equal(textareaValue(r.text, 'descrizione'), TYPED.descrizione);
		}
		assert.deepEqual(snapshot(code), before);
		assert.equal(attachmentCount(code), 0);
	});

	test('a .jpg that is not an image', async () => {
		await refused({}, [photoFile(Buffer.from('Questa non è una foto, è un file di testo.\n'), 'foto.jpg')],
			/foto\.jpg: Il file non è un'immagine JPEG, PNG o WebP/, { field: 'foto' });
	});

	test('a truncated JPEG', async () => {
		await refused({}, [photoFile(truncatedJpeg(), 'tagliata.jpg')], /tagliata\.jpg: L'immagine è danneggiata o incompleta/,
			{ field: 'foto' });
	});

	test('a PNG declaring 50000×50000 pixels is refused quickly, without decoding it', async () => {
		const t0 = Date.now();
		await refused({}, [photoFile(pngDeclaring(50000, 50000), 'enorme.png', 'image/png')],
			/enorme\.png: L'immagine è troppo grande \(al massimo 40 megapixel\)/, { field: 'foto' });
		assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
	});

	test('a PDF that is not a PDF', async () => {
		await refused({}, [pdfFile(Buffer.from('%PDF-1.4\nnot really'), 'finto.pdf')], /finto\.pdf: .*PDF/, { field: 'documento' });
	});

	test('a good photo and a bad one together: neither is stored', async () => {
		await refused({}, [photoFile(jpeg(), 'buona.jpg'), photoFile(truncatedJpeg(), 'rotta.jpg')], /rotta\.jpg/);
	});

	test('a PNG photo is accepted and stored as JPEG', async () => {
		const code = await draft();
		const r = await c.saveDraft(code, { ...TYPED, azione: 'avanti' }, [photoFile(png(), 'foto.png', 'image/png')]);
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		const [id] = attachmentIds((await c.get(`/segnalazioni/${code}/riepilogo`)).text, code);
		const dl = await c.get(`/segnalazioni/${code}/allegati/${id}`);
		assert.equal(dl.headers.get('content-type'), 'image/jpeg');
		assert.deepEqual([...dl.buf.subarray(0, 3)], [0xff, 0xd8, 0xff]);
	});

	// The bytes of a JPEG before its first scan (SOS): every marker segment.
	function jpegHeaders(buf) {
		let i = 2;
		while (i + 4 <= buf.length && buf[i] === 0xff && buf[i + 1] !== 0xda)
			i += 2 + buf.readUInt16BE(i + 2);
		return buf.subarray(0, i);
	}

	test('a JPEG with EXIF GPS: accepted, the stored copy has no Exif and no position', async () => {
		const code = await draft();
		const photo = gpsJpeg();
		assert.ok(photo.includes(Buffer.from('Exif\0\0', 'latin1')), 'the upload carries EXIF');
		const r = await c.saveDraft(code, { ...TYPED, azione: 'avanti', usa_gps: '1' }, [photoFile(photo, 'gps.jpg')]);
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		// the citizen asked to use the photo's position: it is suggested as the coordinates
		const row = caseRow(code);
		assert.equal(row.latitude, GPS.latDecimal.toFixed(6));
		assert.equal(row.longitude, GPS.lonDecimal.toFixed(6));
		const page = await c.get(`/segnalazioni/${code}/riepilogo`);
		const [id] = attachmentIds(page.text, code);
		for (const kind of ['allegati', 'miniature']) {
			const dl = await c.get(`/segnalazioni/${code}/${kind}/${id}`);
			assert.equal(dl.status, 200);
			assert.deepEqual([...dl.buf.subarray(0, 3)], [0xff, 0xd8, 0xff], `${kind}: a JPEG`);
			// metadata lives in the segments before the scan: the entropy-coded image data of a
			// noise photo may contain any three bytes, "GPS" included, by chance
			const head = jpegHeaders(dl.buf);
			assert.ok(!head.includes(Buffer.from('Exif', 'latin1')), `${kind}: no Exif`);
			assert.ok(!head.includes(Buffer.from('GPS', 'latin1')), `${kind}: no GPS`);
			for (const needle of gpsNeedles()) assert.ok(!dl.buf.includes(needle), `${kind}: the GPS values are gone`);
		}
		const stored = Buffer.from(sqlValue(`SELECT HEX(t.data) FROM case_attachments t JOIN cases c ON c.id = t.case_id
			WHERE c.code = ${q(code)}`), 'hex');
		assert.ok(!stored.includes(Buffer.from('Exif', 'latin1')), 'no Exif in the database either');
	});

	test('without the consent to use it, the GPS position of a photo is not used', async () => {
		const code = await draft();
		const r = await c.saveDraft(code, { ...TYPED, azione: 'avanti' }, [photoFile(gpsJpeg(), 'gps.jpg')]);
		assert.equal(r.status, 303);
		assert.equal(caseRow(code).latitude, null);
		assert.equal(caseRow(code).longitude, null);
	});

	test('an image+HTML polyglot: accepted, the stored copy has no script', async () => {
		const code = await draft();
		const upload = polyglotJpeg();
		const r = await c.saveDraft(code, { ...TYPED, azione: 'avanti' }, [photoFile(upload, 'poly.jpg')]);
		assert.equal(r.status, 303, errorsOf(r.text).join(' | '));
		const [id] = attachmentIds((await c.get(`/segnalazioni/${code}/riepilogo`)).text, code);
		for (const kind of ['allegati', 'miniature']) {
			const dl = await c.get(`/segnalazioni/${code}/${kind}/${id}`);
			assert.equal(dl.status, 200);
			assert.equal(dl.headers.get('content-type'), 'image/jpeg');
			assert.equal(dl.headers.get('x-content-type-options'), 'nosniff');
			assert.ok(!dl.buf.includes(Buffer.from(POLYGLOT_TAIL)), `${kind}: the script is gone`);
			assert.ok(!dl.buf.includes(Buffer.from('<html')), `${kind}: no HTML`);
			assert.deepEqual([...dl.buf.subarray(-2)], [0xff, 0xd9], `${kind}: ends with the JPEG end marker`);
		}
	});
});

describe('one-line fields and bytes that are not text: the form back, the field marked, what was typed kept', () => {
	let c;
	before(async () => { c = await loggedIn(1); });

	async function draft() {
		const { code } = await c.newDraft();
		const r = await c.saveDraft(code, { ...SAVED, azione: 'bozza' });
		assert.equal(r.status, 303, `saving the draft: ${r.status} ${errorsOf(r.text).join(' | ')}`);
		return code;
	}

	// FIELDS over TYPED are sent; 422 with MESSAGE next to FIELD (marked
	// invalid), the other typed fields kept, the draft unchanged.
	async function marked(fields, field, message) {
		const code = await draft();
		const before = snapshot(code);
		const r = await c.saveDraft(code, { ...TYPED, ...fields, azione: 'avanti' });
		assert.equal(r.status, 422, `expected 422, got ${r.status}: ${textOf(r.text).slice(0, 200)}`);
		const next = new RegExp(`id="errore-${field}">([^<]*)<`).exec(r.text);
		assert.ok(next, `a message next to ${field}`);
		assert.match(next[1], message);
		assert.match(r.text, new RegExp(`id="${field}"[^>]*aria-invalid="true"`), `${field} marked invalid`);
		for (const [k, id] of [['titolo', 'titolo'], ['indirizzo', 'indirizzo']])
			if (!(k in fields)) assert.equal(inputValue(r.text, id), TYPED[k], `${k} kept`);
		if (!('descrizione' in fields)) assert.equal(textareaValue(r.text, 'descrizione'), TYPED.descrizione, 'descrizione kept');
		assert.equal(selectedOption(r.text, 'categoria'), TYPED.categoria, 'categoria kept');
		assert.deepEqual(snapshot(code), before, 'the draft is unchanged');
		return r;
	}

	test('a CR/LF in the title (a header injection in the receipt) is refused next to the field', async () => {
		const titolo = 'Buca in via Roma\r\nBcc: tutti@example.org';
		const r = await marked({ titolo }, 'titolo', /una sola riga/);
		assert.match(inputValue(r.text, 'titolo'), /^Buca in via Roma\r?\nBcc: tutti@example\.org$/, 'the title typed is kept');
	});

	test('U+2028, a C1 control and TAB in one-line fields are refused too', async () => {
		await marked({ indirizzo: 'Via Roma 12\u2028scala B' }, 'indirizzo', /una sola riga/);
		await marked({ titolo: 'Buca in via\u0085Roma' }, 'titolo', /una sola riga/);
		await marked({ titolo: 'Buca\tin via Roma' }, 'titolo', /una sola riga/);
	});

	test('the description keeps its line breaks', async () => {
		const code = await draft();
		const descrizione = 'Prima riga della descrizione.\r\n\r\nSeconda riga, dopo una riga vuota.';
		const r = await c.saveDraft(code, { ...TYPED, descrizione, azione: 'bozza' });
		assert.equal(r.status, 303);
	});

	test('an ESC byte in the title: 422, "contiene caratteri non ammessi" next to it, the rest kept', async () => {
		const r = await marked({ titolo: Buffer.from('Buca \x1b[31m in via Roma', 'latin1') }, 'titolo',
			/contiene caratteri non ammessi/);
		assert.ok(!/\x1b/.test(r.text), 'the ESC byte is not sent back');
	});

	test('a NUL byte in the address and invalid UTF-8 in the description: both marked, the text around kept', async () => {
		const descrizione = Buffer.concat([Buffer.from('Le radici del platano '), Buffer.from([0xff, 0xfe]),
			Buffer.from(' hanno sollevato il marciapiede.')]);
		const r = await marked({ indirizzo: Buffer.from('Via Verdi\x008', 'latin1'), descrizione }, 'indirizzo',
			/contiene caratteri non ammessi/);
		assert.match(r.text, /id="errore-descrizione">[^<]*contiene caratteri non ammessi/);
		assert.match(textareaValue(r.text, 'descrizione'), /^Le radici del platano .* hanno sollevato il marciapiede\.$/);
		assert.match(inputValue(r.text, 'indirizzo'), /^Via Verdi.?8$/);
	});

	test('a NUL in the e-mail of the contacts form (urlencoded): 422 with the form, not a bare 400', async () => {
		const r = await c.request('POST', '/area-personale/contatti', {
			body: `csrf=${encodeURIComponent(c.csrf)}&email=mario%00.rossi%40example.org&telefono=333+1234567`,
			contentType: 'application/x-www-form-urlencoded',
		});
		assert.equal(r.status, 422);
		assert.match(textOf(r.text), /contiene caratteri non ammessi/);
		assert.equal(inputValue(r.text, 'telefono'), '333 1234567', 'the phone typed is kept');
	});

	test('a U+2028 after the e-mail address is refused (it would reach a mail header)', async () => {
		const r = await c.post('/area-personale/contatti', { csrf: c.csrf, email: 'mario.rossi@example.org\u2028', telefono: '' });
		assert.equal(r.status, 422);
	});

	test('routes whose fields are not typed text keep the strict 400', async () => {
		const r = await c.request('POST', '/segnalazioni/nuova', {
			body: `csrf=${encodeURIComponent(c.csrf)}&tipo=%1b&idem=x&privacy=1`,
			contentType: 'application/x-www-form-urlencoded',
		});
		assert.equal(r.status, 400);
	});
});

describe('CSRF tokens and sessions', () => {
	let c;
	before(async () => { c = await loggedIn(2); });

	const BAD_TOKENS = [['missing', undefined], ['wrong', crypto.randomBytes(32).toString('hex')]];

	for (const [label, token] of BAD_TOKENS) {
		test(`${label} CSRF token: 403 on every form, nothing changed`, async () => {
			const draftCode = (await c.newDraft()).code;
			await c.saveDraft(draftCode, { ...SAVED, azione: 'bozza' });
			const filed = (await c.fileCase({ titolo: 'Pratica per la prova CSRF' })).code;
			const draftBefore = snapshot(draftCode);
			const filedBefore = caseRow(filed);
			const cases = sqlValue('SELECT COUNT(*) FROM cases');
			const form = hiddenFields((await c.get('/segnalazioni/nuova')).text);
			const attempts = [
				['POST /segnalazioni/nuova', () => c.post('/segnalazioni/nuova', { ...form, csrf: token, privacy: '1' })],
				['POST modifica', () => c.saveDraft(draftCode, { ...TYPED, csrf: token, azione: 'avanti' }, [photoFile(jpeg())])],
				['POST invia', () => c.post(`/segnalazioni/${draftCode}/invia`, { csrf: token })],
				['POST messaggi', () => c.postMultipart(`/segnalazioni/${filed}/messaggi`, { csrf: token, messaggio: 'Un messaggio' }, [pdfFile()])],
				['POST ritira', () => c.post(`/segnalazioni/${filed}/ritira`, { csrf: token })],
				['POST contatti', () => c.post('/area-personale/contatti', { csrf: token, email: 'altro@example.org', telefono: '' })],
			];
			for (const [what, send] of attempts) {
				const r = await send();
				assert.equal(r.status, 403, `${what}: expected 403, got ${r.status}`);
				assert.match(textOf(r.text), /Il modulo è scaduto o non è valido/, what);
			}
			assert.deepEqual(snapshot(draftCode), draftBefore, 'the draft is unchanged');
			assert.equal(attachmentCount(draftCode), 0);
			assert.deepEqual(caseRow(filed), filedBefore, 'the filed case is unchanged');
			assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.code = ${q(filed)}`), '1');
			assert.equal(sqlValue('SELECT COUNT(*) FROM cases'), cases, 'no new draft');
			assert.equal(sqlValue(`SELECT email FROM citizens WHERE fiscal_code = 'VRDLCU75S30D612C'`), 'luca.verdi@example.org');
		});
	}

	test('a CSRF token of another session is refused (403)', async () => {
		const other = await loggedIn(3);
		const { code } = await c.newDraft();
		const before = snapshot(code);
		const r = await c.saveDraft(code, { ...TYPED, csrf: other.csrf, azione: 'avanti' });
		assert.equal(r.status, 403);
		assert.deepEqual(snapshot(code), before);
	});

	for (const [label, expire] of [
		['deleted', (sid) => sql(`DELETE FROM sessions WHERE id_hash = SHA2(${q(sid)}, 256)`)],
		['past its absolute timeout', (sid) => sql(`UPDATE sessions SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id_hash = SHA2(${q(sid)}, 256)`)],
	]) {
		test(`expired session (${label}): POST → 403, GET → 302 to the login, nothing changed`, async () => {
			const s = await loggedIn(2);
			const { code } = await s.newDraft();
			await s.saveDraft(code, { ...SAVED, azione: 'bozza' });
			const before = snapshot(code);
			assert.equal(sqlValue(`SELECT COUNT(*) FROM sessions WHERE id_hash = SHA2(${q(s.sid)}, 256)`), '1');
			expire(s.sid);
			const post = await s.saveDraft(code, { ...TYPED, azione: 'avanti' }, [photoFile(jpeg())]);
			assert.equal(post.status, 403);
			assert.match(textOf(post.text), /La sessione è scaduta: accedi di nuovo/);
			const invia = await s.submit(code);
			assert.equal(invia.status, 403);
			assert.deepEqual(snapshot(code), before);
			assert.equal(attachmentCount(code), 0);
			const get = await s.get(`/segnalazioni/${code}/modifica`);
			assert.equal(get.status, 302);
			const u = new URL(get.location, BASE_URL);
			assert.equal(u.pathname, '/auth/login');
			assert.equal(u.searchParams.get('level'), '2');
			assert.equal(u.searchParams.get('next'), `/segnalazioni/${code}/modifica`);
		});
	}
});

describe("someone else's case: 404, exactly like a code that does not exist", () => {
	let owner;
	let other;
	let filed;
	let draftCode;
	let photoId;
	let docId;
	let missing;

	before(async () => {
		owner = await loggedIn(0);
		other = await loggedIn(1);
		filed = (await owner.fileCase({ titolo: 'Pratica riservata di Mario' }, [photoFile(jpeg())])).code;
		const m = await owner.postMultipart(`/segnalazioni/${filed}/messaggi`, { csrf: owner.csrf, messaggio: 'Allego un documento.' }, [pdfFile()]);
		assert.equal(m.status, 303);
		const page = (await owner.get(`/segnalazioni/${filed}`)).text;
		[photoId, docId] = sql(`SELECT t.id FROM case_attachments t JOIN cases c ON c.id = t.case_id
			WHERE c.code = ${q(filed)} ORDER BY t.id`).map((r) => r[0]);
		assert.deepEqual(attachmentIds(page, filed).sort(), [photoId, docId].sort());
		draftCode = (await owner.newDraft()).code;
		await owner.saveDraft(draftCode, { ...SAVED, azione: 'bozza' }, [photoFile(jpeg())]);
		missing = randomCode();
	});

	// The response with the code (and the per-request id) taken out.
	const normal = (r, code) => ({
		status: r.status,
		type: r.headers.get('content-type'),
		location: r.location,
		body: r.text.split(code).join('CODE').replace(/Codice richiesta: <code>[0-9a-f]+<\/code>/, 'Codice richiesta: <code>ID</code>'),
	});

	const requests = (client, code, att) => [
		['tracking', () => client.get(`/segnalazioni/${code}`)],
		['modifica', () => client.get(`/segnalazioni/${code}/modifica`)],
		['riepilogo', () => client.get(`/segnalazioni/${code}/riepilogo`)],
		['ricevuta', () => client.get(`/segnalazioni/${code}/ricevuta`)],
		['allegati (photo)', () => client.get(`/segnalazioni/${code}/allegati/${att.photo}`)],
		['allegati (PDF)', () => client.get(`/segnalazioni/${code}/allegati/${att.doc}`)],
		['miniature', () => client.get(`/segnalazioni/${code}/miniature/${att.photo}`)],
		['POST modifica', () => client.saveDraft(code, { ...TYPED, azione: 'avanti' }, [photoFile(jpeg())])],
		['POST messaggi', () => client.postMultipart(`/segnalazioni/${code}/messaggi`, { csrf: client.csrf, messaggio: 'Intrusione' }, [pdfFile()])],
		['POST ritira', () => client.post(`/segnalazioni/${code}/ritira`, { csrf: client.csrf })],
		['POST invia', () => client.post(`/segnalazioni/${code}/invia`, { csrf: client.csrf })],
	];

	test('every URL of a filed case of another citizen', async () => {
		const before = caseRow(filed);
		const events = sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.code = ${q(filed)}`);
		const theirs = requests(other, filed, { photo: photoId, doc: docId });
		const none = requests(other, missing, { photo: photoId, doc: docId });
		for (let i = 0; i < theirs.length; i++) {
			const a = await theirs[i][1]();
			const b = await none[i][1]();
			assert.equal(a.status, 404, `${theirs[i][0]}: expected 404, got ${a.status}`);
			assert.deepEqual(normal(a, filed), normal(b, missing), `${theirs[i][0]}: differs from a code that does not exist`);
			assert.ok(!a.text.includes('Pratica riservata di Mario'), `${theirs[i][0]}: leaks the title`);
		}
		assert.deepEqual(caseRow(filed), before, 'the case is unchanged');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.code = ${q(filed)}`), events);
		assert.equal(attachmentCount(filed), 2);
	});

	test('every URL of a draft of another citizen', async () => {
		const before = caseRow(draftCode);
		const [draftPhoto] = sql(`SELECT t.id FROM case_attachments t JOIN cases c ON c.id = t.case_id WHERE c.code = ${q(draftCode)}`)[0];
		const theirs = requests(other, draftCode, { photo: draftPhoto, doc: draftPhoto });
		const none = requests(other, missing, { photo: draftPhoto, doc: draftPhoto });
		for (let i = 0; i < theirs.length; i++) {
			const a = await theirs[i][1]();
			const b = await none[i][1]();
			assert.equal(a.status, 404, `${theirs[i][0]}: expected 404, got ${a.status}`);
			assert.deepEqual(normal(a, draftCode), normal(b, missing), `${theirs[i][0]}: differs from a code that does not exist`);
		}
		assert.deepEqual(caseRow(draftCode), before, 'the draft is unchanged, not filed');
		assert.equal(attachmentCount(draftCode), 1);
	});

	test("an attachment of one's own case cannot be read through another of one's cases", async () => {
		const mine = (await other.fileCase({ titolo: 'Pratica di Giulia' })).code;
		const r = await other.get(`/segnalazioni/${mine}/allegati/${photoId}`);
		assert.equal(r.status, 404);
		const t = await other.get(`/segnalazioni/${mine}/miniature/${photoId}`);
		assert.equal(t.status, 404);
	});

	test('the owner still sees everything', async () => {
		assert.equal((await owner.get(`/segnalazioni/${filed}`)).status, 200);
		assert.equal((await owner.get(`/segnalazioni/${filed}/allegati/${photoId}`)).status, 200);
		assert.equal((await owner.get(`/segnalazioni/${draftCode}/modifica`)).status, 200);
	});
});

describe('repeated submissions', () => {
	let c;
	before(async () => { c = await loggedIn(3); });

	test('double submit: two concurrent POST invia → one case, one protocol number, the same receipt', async () => {
		const { code } = await c.newDraft();
		const s = await c.saveDraft(code, { ...SAVED, azione: 'avanti' });
		assert.equal(s.status, 303);
		const counter = Number(sqlValue('SELECT last_number FROM protocol_counters WHERE year = YEAR(NOW())') || 0);
		const [a, b] = await Promise.all([c.submit(code), c.submit(code)]);
		for (const r of [a, b]) {
			assert.equal(r.status, 303);
			assert.equal(r.location, `/segnalazioni/${code}/ricevuta`);
		}
		const row = caseRow(code);
		assert.equal(row.status, 'received');
		assert.equal(Number(row.protocol_number), counter + 1);
		assert.equal(Number(sqlValue('SELECT last_number FROM protocol_counters WHERE year = YEAR(NOW())')), counter + 1,
			'one number taken');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM case_events WHERE case_id = ${row.id} AND status = 'received'`), '1');
		assert.equal(sqlValue(`SELECT COUNT(*) FROM outbox WHERE case_id = ${row.id}`), '1', 'one acknowledgement');
		const receipts = await Promise.all([c.get(a.location), c.get(b.location)]);
		assert.equal(summaryMap(receipts[0].text)['Numero di protocollo'], summaryMap(receipts[1].text)['Numero di protocollo']);
	});

	test('the consent form sent twice with the same idem token → the same draft', async () => {
		const form = hiddenFields((await c.get('/segnalazioni/nuova')).text);
		const first = await c.post('/segnalazioni/nuova', { ...form, privacy: '1' });
		const again = await c.post('/segnalazioni/nuova', { ...form, privacy: '1' });
		assert.equal(first.status, 303);
		assert.equal(again.status, 303);
		assert.equal(again.location, first.location);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM cases WHERE idempotency_key = ${q(form.idem)}`), '1');
		// and at the same time
		const form2 = hiddenFields((await c.get('/segnalazioni/nuova')).text);
		const both = await Promise.all([1, 2, 3].map(() => c.post('/segnalazioni/nuova', { ...form2, privacy: '1' })));
		assert.deepEqual(both.map((r) => r.status), [303, 303, 303]);
		assert.equal(new Set(both.map((r) => r.location)).size, 1);
		assert.equal(sqlValue(`SELECT COUNT(*) FROM cases WHERE idempotency_key = ${q(form2.idem)}`), '1');
	});

	test('a new consent page gives a new draft', async () => {
		const a = await c.newDraft();
		const b = await c.newDraft();
		assert.notEqual(a.code, b.code);
	});
});
