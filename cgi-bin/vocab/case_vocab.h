/* case_vocab.h - the one vocabulary of cases, for every program that shows
 * or mails them (cases, admin, the dashboard): the Italian labels of
 * statuses, types, channels and outcomes, which statuses are open, and the
 * display form of a case code. The database stores the keys; nothing else
 * spells a label or the code format. */
#ifndef VOCAB_CASE_VOCAB_H
#define VOCAB_CASE_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* Who reads: the one status worded differently is waiting_citizen
 * ("In attesa di tue informazioni" to the citizen, "In attesa del
 * cittadino" to staff). */
enum vocab_reader { FOR_CITIZEN, FOR_STAFF };

struct vocab_term {
	const char *key, *label;
};

/* The terms of each kind, in display order, with their counts. */
extern const struct vocab_term case_channels[];
extern const size_t case_nchannels;
extern const struct vocab_term case_types[];
extern const size_t case_ntypes;

/* The label of KEY: the key itself when it has none ("" for NULL). */
const char *case_status_label(const char *status, enum vocab_reader who);
const char *case_type_label(const char *type);
const char *case_channel_label(const char *channel);
/* NULL when KEY is not an outcome. */
const char *case_outcome_label(const char *outcome);
/* A status in which the office still owes an answer. */
bool case_status_open(const char *status);
/* The one next step the office takes on a case in STATUS, as the case
 * page's action form names it (ops_action.c): received "prendi", in_charge
 * "lavora", in_progress "rispondi" (then "chiudi" once REPLIED),
 * waiting_citizen "riprendi", closed and rejected "riapri"; NULL: none. */
const char *case_next_action(const char *status, bool replied);
/* "abcdefghijkl" -> "abcd-efgh-ijkl" (in A); anything else unchanged. */
const char *case_code_display(struct arena *a, const char *code);

#endif
