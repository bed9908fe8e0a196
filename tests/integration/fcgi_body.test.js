'use strict';
// A body longer than a FastCGI record (64 KiB) goes from the program's buffer
// onto the connection in records of its own (cgi-bin/core/fcgi_body.c): the
// file comes back whole, byte for byte, in order, with its Content-Length,
// at sizes around the record's and well past it; a small one as before.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { loggedIn, pdf, pdfFile, attachmentIds } = require('./lib/cases');

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
