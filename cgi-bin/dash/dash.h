/* dash.h - the managers' dashboard: volumes by category, office, channel and
 * month, open and closed, median times to first response and to closure,
 * the overdue list, the reopen rate; charts as server-rendered SVG; CSV of
 * what the filters show. */
#ifndef DASH_DASH_H
#define DASH_DASH_H

struct req;

int bo_cruscotto(struct req *r);           /* GET /admin/cruscotto */
int bo_cruscotto_csv(struct req *r);       /* GET /admin/cruscotto.csv */

#endif
