// The clarity rating at the end of every page (templates/partials/rating.cs):
// choosing the stars shows the follow-up question of their side at once
// (1-3: what was hard, 4-5: what was liked) and the free text; sending posts
// in the background and says thanks in place. Without this script the form
// still works: the stars bring the follow-up on a page of its own.
'use strict';
for (const form of document.querySelectorAll('.vm-rating-wrap form.vm-rating-form')) {
	const more = form.querySelector('.vm-rating-more');
	const positive = form.querySelector('[data-element="feedback-rating-positive"]');
	const negative = form.querySelector('[data-element="feedback-rating-negative"]');
	const thanks = form.querySelector('.vm-rating-thanks');
	form.addEventListener('change', (e) => {
		if (e.target.name !== 'voto') return;
		const liked = Number(e.target.value) > 3;
		more.hidden = false;
		positive.hidden = !liked;
		negative.hidden = liked;
		form.elements.seguito.value = '1';
		const hiddenSide = liked ? negative : positive;
		for (const r of hiddenSide.querySelectorAll('input[type="radio"]')) r.checked = false;
	});
	form.addEventListener('submit', async (e) => {
		if (!form.querySelector('input[name="voto"]:checked')) return;   // the server says what is missing
		e.preventDefault();
		try {
			const res = await fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) });
			if (!res.ok) throw new Error(String(res.status));
			for (const el of form.querySelectorAll('fieldset, .vm-rating-more, button')) el.hidden = true;
			thanks.hidden = false;
			thanks.focus?.();
		} catch {
			form.submit();   // let the server answer with its own page
		}
	});
}
