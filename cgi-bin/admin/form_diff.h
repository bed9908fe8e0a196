/* form_diff.h - what changed between two fillings of one form (two
 * revisions of an item): field by field, each as a word diff (longest common
 * subsequence of words and the blanks between them), for
 * templates/admin/revisioni_diff.cs. */
#ifndef ADMIN_FORM_DIFF_H
#define ADMIN_FORM_DIFF_H

#include "admin/form.h"

/* Diff.Fields.N {label, Parts.M {op: same|del|add, text}} for each field
 * whose text differs from OLD to NEW (same fields), and Diff.changed. */
void form_diff(struct req *r, const struct form *old, const struct form *new);

#endif
