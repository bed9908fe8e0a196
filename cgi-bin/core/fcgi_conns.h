/* fcgi_conns.h - the FastCGI connections a worker holds, and which one's
 * request comes next.
 * nginx may keep a connection open for the next request (fastcgi_keep_conn):
 * no connect, accept and close a request, a third of a cached search's cost
 * (README "The quick lane").
 * libfcgi's own loop (FCGX_Accept_r) then waits on that connection alone, idle
 * in nginx's pool, while new connections queue behind it (STACK.md's keepalive
 * trap: with as many kept connections as workers, everything else waits).
 * Here a worker waits on the listening socket and on every connection it
 * holds at once (epoll), and reads the next request from whichever is ready;
 * the listening socket wakes one waiting worker (EPOLLEXCLUSIVE). libfcgi
 * still parses the records: a connection is put into an FCGX_Request by its
 * ipcFd and keepConnection, libfcgi 2.4's fields (fcgiapp.h), which has no
 * call for it. */
#ifndef CORE_FCGI_CONNS_H
#define CORE_FCGI_CONNS_H

#include <fcgiapp.h>

struct fcgi_conns;

/* The connections of a worker listening on SOCK, which is made non-blocking
 * (the workers share it: the ones a connection did not go to must not wait
 * in accept). NULL on failure. */
struct fcgi_conns *fcgi_conns_new(int sock);

/* The next request, its parameters read (its body is read from its stream),
 * from a held connection or a new one. NULL when a signal interrupted the
 * wait (errno EINTR), or when epoll fails. */
FCGX_Request *fcgi_conns_next(struct fcgi_conns *c);

/* FR, from fcgi_conns_next, has been answered: it is finished, and its
 * connection held if nginx keeps it (what is left of its body read first,
 * so that the connection's next bytes are the next request), else closed. */
void fcgi_conns_done(struct fcgi_conns *c, FCGX_Request *fr);

/* Closes the held connections (nginx drops an idle one it sees closed, and
 * sends a GET it had just written on it again on another: keep the
 * connections of idempotent requests only) and frees C. */
void fcgi_conns_free(struct fcgi_conns *c);

#endif
