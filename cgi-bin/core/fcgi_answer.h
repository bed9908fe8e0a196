/* fcgi_answer.h - a whole answer (head, body, the records that end the
 * request) onto the FastCGI connection in one writev, and the connection
 * closed without libfcgi's lingering close. */
#ifndef CORE_FCGI_ANSWER_H
#define CORE_FCGI_ANSWER_H

#include <fcgiapp.h>
#include <stddef.h>

/* HEAD[0..HLEN) then BODY[0..BLEN) as FR's stdout, and the end of FR; FR's
 * stream must hold nothing. FCGX_Finish_r then only frees FR and closes its
 * connection. 0, or -1 when the connection is gone. */
int fcgi_answer_write(FCGX_Request *fr, const char *head, size_t hlen,
		      const char *body, size_t blen);

#endif
