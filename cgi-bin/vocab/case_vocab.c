/* case_vocab.c - see case_vocab.h. */
#include "case_vocab.h"

#include <string.h>

#include "core/arena.h"

static const struct vocab_term statuses[] = {
	{ "draft", "Bozza" }, { "received", "Ricevuta" }, { "in_charge", "Presa in carico" },
	{ "in_progress", "In lavorazione" }, { "waiting_citizen", "In attesa del cittadino" },
	{ "closed", "Chiusa" }, { "rejected", "Respinta" }, { "withdrawn", "Ritirata" },
	{ "reopened", "Riaperta" },
};

const struct vocab_term case_types[] = {
	{ "segnalazione", "Segnalazione" }, { "reclamo", "Reclamo" },
	{ "assistenza", "Richiesta di assistenza" },
};
const size_t case_ntypes = sizeof case_types / sizeof *case_types;

const struct vocab_term case_channels[] = {
	{ "web", "Online" }, { "telefono", "Telefono" }, { "sportello", "Sportello" },
	{ "email", "E-mail" }, { "social", "Social media" },
};
const size_t case_nchannels = sizeof case_channels / sizeof *case_channels;

static const struct vocab_term outcomes[] = {
	{ "risolta", "Risolta" }, { "non_risolvibile", "Non risolvibile" },
	{ "non_competenza", "Non di competenza del Comune" }, { "respinta", "Respinta" },
};

static const char *lookup(const struct vocab_term *t, size_t n, const char *key)
{
	for (size_t i = 0; key && i < n; i++)
		if (strcmp(t[i].key, key) == 0)
			return t[i].label;
	return NULL;
}

static const char *or_key(const char *label, const char *key)
{
	return label ? label : key ? key : "";
}

const char *case_status_label(const char *status, enum vocab_reader who)
{
	if (who == FOR_CITIZEN && status && strcmp(status, "waiting_citizen") == 0)
		return "In attesa di tue informazioni";
	return or_key(lookup(statuses, sizeof statuses / sizeof *statuses, status), status);
}

const char *case_type_label(const char *type)
{
	return or_key(lookup(case_types, case_ntypes, type), type);
}

const char *case_channel_label(const char *channel)
{
	return or_key(lookup(case_channels, case_nchannels, channel), channel);
}

const char *case_outcome_label(const char *outcome)
{
	return lookup(outcomes, sizeof outcomes / sizeof *outcomes, outcome);
}

bool case_status_open(const char *status)
{
	static const char *const open[] = { "received", "in_charge", "in_progress",
					     "waiting_citizen" };
	for (size_t i = 0; status && i < sizeof open / sizeof *open; i++)
		if (strcmp(status, open[i]) == 0)
			return true;
	return false;
}

const char *case_next_action(const char *status, bool replied)
{
	static const struct vocab_term next[] = {
		{ "received", "prendi" },         { "in_charge", "lavora" },
		{ "in_progress", "rispondi" },    { "waiting_citizen", "riprendi" },
		{ "closed", "riapri" },           { "rejected", "riapri" },
	};
	if (replied && status && strcmp(status, "in_progress") == 0)
		return "chiudi";
	for (size_t i = 0; status && i < sizeof next / sizeof *next; i++)
		if (strcmp(status, next[i].key) == 0)
			return next[i].label;
	return NULL;
}

const char *case_code_display(struct arena *a, const char *code)
{
	if (!code || strlen(code) != 12)
		return code ? code : "";
	char *s = arena_alloc(a, 15);   /* 12 characters, two dashes: a CSV part prints 10,000 */
	memcpy(s, code, 4);
	s[4] = '-';
	memcpy(s + 5, code + 4, 4);
	s[9] = '-';
	memcpy(s + 10, code + 8, 4);
	s[14] = '\0';
	return s;
}
