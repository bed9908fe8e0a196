/* reminder.c - see reminder.h. */
#include "reminder.h"

#include "core/arena.h"
#include "core/booking_ics.h"
#include "core/log.h"
#include "core/token.h"
#include "store/booking_store.h"
#include "store/outbox_store.h"
#include "store/reminder_store.h"

#define BATCH 50

/* The reminder of B; TOKEN opens the appointment from its link. */
static const char *body(struct arena *a, const struct reminder_job *j, const struct reminder_row *b,
			const char *token)
{
	const char *req = b->requirements && *b->requirements ? b->requirements
							       : "Un documento di identità valido.";
	return arena_printf(a,
		"Gentile %s,\n\nti ricordiamo l'appuntamento di domani.\n\n"
		"Codice prenotazione: %s\nServizio: %s\nQuando: domani, %s, ore %s\nDove: %s, %s\n\n"
		"Cosa portare:\n%s\n\n"
		"In allegato il file .ics per il tuo calendario.\n\n"
		"Se non puoi venire, annulla o sposta l'appuntamento: l'orario tornerà libero "
		"per altri.\n%s\n\n%s\n",
		b->name, b->code, b->service_title, b->day, b->time, b->office_name,
		b->office_address, req, booking_ics_link(a, j->base_url, b->code, "", token),
		j->site_name);
}

/* The appointment's calendar file, the same event as the confirmation's,
 * its URL the reminder's link. */
static struct outbox_file *ics(struct arena *a, const struct reminder_job *j,
			       const struct reminder_row *b, const char *token)
{
	struct booking_ics in = {
		.code = b->code, .dtstamp = booking_ics_now(a), .start_at = b->start_at,
		.end_at = b->end_at, .service_title = b->service_title, .reason = b->reason,
		.office_name = b->office_name, .office_address = b->office_address,
		.url = booking_ics_link(a, j->base_url, b->code, "", token),
	};
	const char *cal = booking_ics(a, j->base_url, &in);
	if (!cal)
		return NULL;
	struct outbox_file *f = arena_alloc(a, sizeof *f);
	*f = (struct outbox_file){ .name = arena_printf(a, "appuntamento-%s.ics", b->code),
				   .type = BOOKING_ICS_TYPE, .data = cal };
	return f;
}

int reminder_run(struct db *db, struct arena *a, const struct reminder_job *j)
{
	int queued = 0;
	for (;;) {     /* batches until none is left: a queued one is no longer listed */
		struct reminder_row *b;
		size_t n;
		int round = 0;
		if (reminder_due(db, a, BATCH, &b, &n) < 0)
			return -1;
		for (size_t i = 0; i < n; i++) {
			/* the confirmation's token is stored as its hash only: a token of its own */
			const char *token = token_new(a, 32);
			struct reminder_mail m = {
				.token_hash = token_sha256_hex(a, token), .to = b[i].email,
				.subject = arena_printf(a, "Promemoria: appuntamento di domani - %s",
							b[i].service_title),
				.body = body(a, j, &b[i], token), .ics = ics(a, j, &b[i], token),
			};
			int rc = reminder_queue(db, b[i].id, b[i].start_at, &m);
			if (rc < 0)
				return -1;
			round += rc;
		}
		queued += round;
		if (n < BATCH || round == 0)
			return queued;
	}
}

void reminder_tick(struct reminder_job *j, struct db *db, struct arena *a)
{
	time_t now = time(NULL);
	if (now < j->next)
		return;
	j->next = now + j->every;
	int n = reminder_run(db, a, j);
	if (n > 0)
		log_info("reminders: %d appointments of tomorrow reminded", n);
	else if (n < 0)
		log_warn("reminders: the database failed; trying again in %d s", j->every);
}
