'use strict';
// The clarity rating at the end of every portal page (Modello Comuni, C.SI.2.5
// and 2.6): the hooks and wording AgID's checker reads, the flow without
// JavaScript (stars, then the follow-up of their side), what is kept (no
// personal data), bad input, the hourly limit under parallel requests, and the
// editors' view.

const { describe, test, after } = require('node:test');
const assert = require('node:assert/strict');
const { page, decodeEntities } = require('./lib/http');
const { Client, sql, sqlValue, q } = require('./lib/cases');
const { staffClient } = require('./lib/staff');

const QUESTION = 'Quanto sono chiare le informazioni su questa pagina?';
const POSITIVE = ['Le indicazioni erano chiare', 'Le indicazioni erano complete',
	'Capivo sempre che stavo procedendo correttamente', 'Non ho avuto problemi tecnici', 'Altro'];
const NEGATIVE = ['A volte le indicazioni non erano chiare', 'A volte le indicazioni non erano complete',
	'A volte non capivo se stavo procedendo correttamente', 'Ho avuto problemi tecnici', 'Altro'];
const run = `${process.pid}-${Date.now() % 100000}`;

// The inner HTML of the first element carrying data-element=NAME (a <tag> ... </tag> of one kind).
function element(html, name) {
	const m = new RegExp(`<(\\w+)[^>]*data-element="${name}"[^>]*>`).exec(html);
	if (!m) return null;
	const end = html.indexOf(`</${m[1]}>`, m.index);
	return html.slice(m.index, end + m[1].length + 3);
}
const texts = (html, name) => [...html.matchAll(new RegExp(`data-element="${name}"[^>]*>([^<]*)<`, 'g'))]
	.map((m) => decodeEntities(m[1]).trim());
const stored = (pagina) => sql(`SELECT rating, answer, comment FROM page_ratings WHERE page = ${q(pagina)} ORDER BY id`);
const send = (form) => new Client().post('/valutazione', form);

describe('the clarity rating', () => {
	after(() => sql('DELETE FROM rating_limits'));

	test('every kind of portal page ends with it, worded and hooked as the model says', async () => {
		for (const path of ['/', '/servizi', '/servizi/carta-identita-elettronica', '/argomenti', '/faq', '/uffici']) {
			const html = await page(path);
			const box = element(html, 'feedback');
			assert.ok(box, `${path}: no feedback component`);
			assert.deepEqual(texts(box, 'feedback-title'), [QUESTION], path);
			for (let i = 1; i <= 5; i++) assert.match(box, new RegExp(`data-element="feedback-rate-${i}"`), `${path}: star ${i}`);
			const pos = element(box, 'feedback-rating-positive'), neg = element(box, 'feedback-rating-negative');
			assert.deepEqual(texts(pos, 'feedback-rating-question'), ['Quali sono stati gli aspetti che hai preferito?']);
			assert.deepEqual(texts(neg, 'feedback-rating-question'), ['Dove hai incontrato le maggiori difficoltà?']);
			assert.deepEqual(texts(pos, 'feedback-rating-answer'), POSITIVE);
			assert.deepEqual(texts(neg, 'feedback-rating-answer'), NEGATIVE);
			assert.match(box, /data-element="feedback-input-text"/);
			const canonical = new URL(/<link rel="canonical" href="([^"]*)"/.exec(html)[1]).pathname;
			assert.match(box, new RegExp(`name="pagina" value="${canonical}"`), `${path}: the page it rates`);
		}
	});

	test('without JavaScript: the stars bring the follow-up of their side, then the answer is kept', async () => {
		const pagina = `/servizi/prova-${run}-a`;
		const low = await send({ pagina, voto: '2', seguito: '0' });
		assert.equal(low.status, 200);
		assert.deepEqual(texts(low.text, 'feedback-rating-question'), ['Dove hai incontrato le maggiori difficoltà?']);
		assert.deepEqual(texts(low.text, 'feedback-rating-answer'), NEGATIVE);
		assert.equal(stored(pagina).length, 0, 'nothing kept before the follow-up');
		const high = await send({ pagina, voto: '5' });
		assert.deepEqual(texts(high.text, 'feedback-rating-answer'), POSITIVE);
		const done = await send({ pagina, voto: '2', seguito: '1', risposta: NEGATIVE[1], commento: 'Manca il costo' });
		assert.equal(done.status, 200);
		assert.match(done.text, /Grazie per il tuo contributo/);
		assert.deepEqual(stored(pagina), [['2', NEGATIVE[1], 'Manca il costo']]);
		assert.deepEqual(sql('SHOW COLUMNS FROM page_ratings').map((c) => c[0]).sort(),
			['answer', 'comment', 'created_at', 'id', 'page', 'rating'], 'no personal data kept');
	});

	test('bad input: a clear 400 and nothing kept', async () => {
		const pagina = `/servizi/prova-${run}-b`;
		for (const form of [
			{ pagina, voto: '0', seguito: '1' }, { pagina, voto: '7', seguito: '1' }, { pagina, voto: 'x', seguito: '1' },
			{ pagina, seguito: '1' },
			{ pagina, voto: '5', seguito: '1', risposta: NEGATIVE[0] },   // an answer of the other side
			{ pagina, voto: '1', seguito: '1', risposta: 'Bellissimo' },
			{ pagina, voto: '4', seguito: '1', commento: 'x'.repeat(201) },
			{ pagina, voto: '4', seguito: '1', commento: 'due\nrighe' },
			{ pagina: '//altrove.example/pagina', voto: '4', seguito: '1' },
			{ pagina: 'servizi', voto: '4', seguito: '1' }, { voto: '4', seguito: '1' },
		]) {
			const r = await send(form);
			assert.equal(r.status, 400, JSON.stringify(form));
			assert.match(r.text, /La valutazione non è valida/);
		}
		assert.equal(stored(pagina).length, 0);
		assert.equal(sqlValue("SELECT COUNT(*) FROM page_ratings WHERE page = '//altrove.example/pagina'"), '0');
	});

	test('at most 20 ratings an hour from one client, even sent all at once', async () => {
		sql('DELETE FROM rating_limits');
		const pagina = `/servizi/prova-${run}-c`;
		const answers = await Promise.all(Array.from({ length: 40 },
			() => send({ pagina, voto: '4', seguito: '1' })));
		const by = (s) => answers.filter((r) => r.status === s).length;
		assert.equal(by(200), 20, 'twenty kept');
		assert.equal(by(429), 20, 'twenty refused');
		assert.match(decodeEntities(answers.find((r) => r.status === 429).text), /molte valutazioni nell'ultima ora/);
		assert.equal(stored(pagina).length, 20);
		assert.equal(sqlValue('SELECT COUNT(*) FROM rating_limits'), '1', 'one counter, keyed by a hash');
		assert.match(sqlValue('SELECT client_key FROM rating_limits'), /^[0-9a-f]{64}$/);
		sql('DELETE FROM rating_limits');
	});

	test('editors see per page the count, the mean, the answers and the comments', async () => {
		const pagina = `/servizi/prova-${run}-d`;
		for (const [voto, risposta, commento] of [['1', NEGATIVE[0], 'Non si capisce a chi rivolgersi'], ['5', POSITIVE[1], undefined], ['3', NEGATIVE[0], undefined]])
			assert.equal((await send({ pagina, voto, seguito: '1', risposta, commento })).status, 200);
		const editor = await staffClient('editor');
		const list = await editor.get('/admin/valutazioni');
		assert.equal(list.status, 200);
		const row = new RegExp(`${pagina.replace(/[/-]/g, '\\$&')}</a></td>\\s*<td>3</td><td>3\\.0</td><td>67%</td>`);
		assert.match(list.text, row);
		const one = await editor.get(`/admin/valutazioni?pagina=${encodeURIComponent(pagina)}`);
		assert.match(decodeEntities(one.text), new RegExp(`${NEGATIVE[0]}: 2`));
		assert.match(decodeEntities(one.text), /Non si capisce a chi rivolgersi/);
		const operator = await staffClient('operator');
		assert.equal((await operator.get('/admin/valutazioni')).status, 403);
	});
});
