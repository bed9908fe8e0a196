/* dash.h - the managers' dashboard: volumes by category, office, channel and
 * month, open and closed, median times to first response and to closure,
 * the overdue list, the reopen rate; charts as server-rendered SVG; CSV of
 * what the filters show. */
#ifndef DASH_DASH_H
#define DASH_DASH_H

struct req;

int bo_cruscotto(struct req *r);           /* GET /admin/cruscotto */
int bo_cruscotto_csv(struct req *r);       /* GET /admin/cruscotto.csv */

/* dash_clock.c: Dash.Substitute.N.{slug,name,requests}, the requests to the
 * substitute official from FROM to TO by office. 0 or -1. */
int dash_clock_view(struct req *r, const char *from, const char *to);

#endif
