'use strict';
// An answer goes from the program's buffers onto the connection in records of
// up to 64 KiB, one writev for the head, the body and the end of the request
// (cgi-bin/core/fcgi_answer.c): the file comes back whole, byte for byte, in
// order, with its Content-Length, at sizes around the record's and well past
// it; a small one too.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { loggedIn, pdf, pdfFile, attachmentIds } = require('./lib/cases');
const { get } = require('./lib/http');

// A valid PDF of about SIZE bytes: its text random letters, so that a record
// lost, doubled or out of place shows.
const bigPdf = (size) => pdf(crypto.randomBytes(size).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, size));

describe('big response bodies', () => {
	let c, code;
	before(async () => {
		c = await loggedIn(0);
		({ code } = await c.fileCase({ titolo: 'Allegati di ogni misura' }));
	});

	for (const size of [1000, 65528 - 400, 65528 + 7, 3 * 65528 + 1, 700000]) {
		test(`a PDF of about ${size} bytes downloads as sent`, async () => {
			const doc = bigPdf(size);
			const r = await c.postMultipart(`/segnalazioni/${code}/messaggi`,
				{ csrf: c.csrf, messaggio: `Allegato di ${size} byte.` }, [pdfFile(doc, `misura-${size}.pdf`)]);
			assert.equal(r.status, 303);
			const ids = attachmentIds((await c.get(`/segnalazioni/${code}`)).text, code);
			const dl = await c.get(`/segnalazioni/${code}/allegati/${Math.max(...ids.map(Number))}`);
			assert.equal(dl.status, 200);
			assert.equal(dl.headers.get('content-type'), 'application/pdf');
			assert.equal(Number(dl.headers.get('content-length')), doc.length);
			assert.ok(dl.buf.equals(doc), 'the bytes as sent');
		});
	}
});

// A request without a body has its connection closed as soon as the answer is
// written; one whose body the program left unread keeps libfcgi's lingering
// close (nginx stops sending the body once it has the answer: waiting for the
// rest would hang, closing on it unread would reset the connection). A
// refused 4 MB upload (no session: the body is never parsed), three at once,
// beside ordinary pages: every answer whole, and the program goes on serving.
describe('answers to requests whose body is left unread', () => {
	test('a refused upload gets its whole answer, and the next requests theirs', async () => {
		const body = Buffer.alloc(4 << 20, 0x61);
		const identity = { 'accept-encoding': 'identity' };   // a Content-Length to check
		const refused = () => get('/segnalazioni/abcdefghjkmn/modifica', {
			method: 'POST', body, headers: { ...identity, 'content-type': 'multipart/form-data; boundary=x' } });
		const rs = await Promise.all([...Array(6)].map((_, i) => (i % 2 ? get('/segnalazioni/ospite', { headers: identity }) : refused())));
		for (const [i, r] of rs.entries()) {
			assert.equal(r.status, i % 2 ? 200 : 403, `request ${i}`);
			assert.equal(Number(r.headers.get('content-length')), Buffer.byteLength(r.text), `request ${i}: whole`);
			assert.match(r.text, /<\/html>\s*$/, `request ${i}: the page's end`);
		}
		const after = await get('/segnalazioni/ospite');
		assert.equal(after.status, 200);
	});

	test('HEAD and a revalidated page: the head alone, and the request ends', async () => {
		const identity = { 'accept-encoding': 'identity' };
		const first = await get('/servizi', { headers: identity });
		const etag = first.headers.get('etag');
		assert.ok(etag, 'an ETag to revalidate with');
		const head = await get('/servizi', { method: 'HEAD', headers: identity });
		assert.equal(head.status, 200);
		assert.equal(Number(head.headers.get('content-length')), Buffer.byteLength(first.text));
		const again = await get('/servizi', { headers: { 'if-none-match': etag } });
		assert.equal(again.status, 304);
		assert.equal(again.text, '');
	});
});

