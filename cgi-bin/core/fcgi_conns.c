/* fcgi_conns.c - see fcgi_conns.h. */
#define _GNU_SOURCE   /* accept4 */
#include "fcgi_conns.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "log.h"

/* Connections one worker holds. nginx keeps at most its pool's size idle
 * (upstream keepalive, per nginx worker) plus those in use; past this a
 * worker stops accepting and leaves new connections to the others. */
#define HELD_MAX 256
#define EVENTS 64
#define LISTENER 0u   /* epoll data of the listening socket; slot i is i + 1 */

struct slot {
	FCGX_Request fr;
	int open;      /* holds a connection */
	int watched;   /* in the epoll set */
};

struct fcgi_conns {
	int sock, ep;
	int tcp;                 /* listening on TCP (another machine's nginx), not a unix socket */
	int listening;           /* the listening socket is in the epoll set */
	int nfree;
	int free[HELD_MAX];      /* indices of unused slots */
	int nev, iev;            /* ready events, and the next one to take */
	struct epoll_event ev[EVENTS];
	struct slot slot[HELD_MAX];
};

static int listen_on(struct fcgi_conns *c, int on)
{
	struct epoll_event e = { .events = EPOLLIN | EPOLLEXCLUSIVE, .data.u32 = LISTENER };
	if (epoll_ctl(c->ep, on ? EPOLL_CTL_ADD : EPOLL_CTL_DEL, c->sock, &e) < 0) {
		log_error("epoll_ctl on the listening socket: %s", strerror(errno));
		return -1;
	}
	c->listening = on;
	return 0;
}

struct fcgi_conns *fcgi_conns_new(int sock)
{
	int fl = fcntl(sock, F_GETFL);
	if (fl < 0 || fcntl(sock, F_SETFL, fl | O_NONBLOCK) < 0)
		return NULL;
	struct fcgi_conns *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->sock = sock;
	struct sockaddr_storage a;
	socklen_t alen = sizeof a;
	c->tcp = getsockname(sock, (struct sockaddr *)&a, &alen) == 0 && a.ss_family != AF_UNIX;
	c->ep = epoll_create1(EPOLL_CLOEXEC);
	for (int i = HELD_MAX - 1; i >= 0; i--)
		c->free[c->nfree++] = i;
	if (c->ep < 0 || listen_on(c, 1) < 0) {
		if (c->ep >= 0)
			close(c->ep);
		free(c);
		return NULL;
	}
	return c;
}

static struct slot *slot_of(FCGX_Request *fr)
{
	return (struct slot *)((char *)fr - offsetof(struct slot, fr));
}

/* S's connection is closed (closing removed it from the epoll set). */
static void release(struct fcgi_conns *c, struct slot *s)
{
	s->open = s->watched = 0;
	c->free[c->nfree++] = (int)(s - c->slot);
	if (!c->listening)
		listen_on(c, 1);
}

/* The request on S's connection, which has bytes to read or has ended: its
 * parameters, or NULL with the connection closed (libfcgi closes a
 * connection that ends or breaks the protocol; its listening socket is -1,
 * so it cannot go on to accept one itself). */
static FCGX_Request *read_request(struct fcgi_conns *c, struct slot *s)
{
	if (FCGX_Accept_r(&s->fr) == 0)
		return &s->fr;
	release(c, s);
	return NULL;
}

static int watch(struct fcgi_conns *c, struct slot *s)
{
	struct epoll_event e = { .events = EPOLLIN, .data.u32 = (uint32_t)(s - c->slot) + 1 };
	if (epoll_ctl(c->ep, EPOLL_CTL_ADD, s->fr.ipcFd, &e) < 0) {
		log_error("epoll_ctl on a connection: %s", strerror(errno));
		return -1;
	}
	s->watched = 1;
	return 0;
}

/* A new connection, if another worker has not taken it, and its request:
 * read at once, as libfcgi does (nginx writes it as it connects). A worker
 * holds only connections that have served a request, which nginx sends a
 * request again on when they close under it; it would not on a new one. */
static FCGX_Request *accept_one(struct fcgi_conns *c)
{
	if (c->nfree == 0)   /* a listening event from before the last slot went */
		return NULL;
	int fd = accept4(c->sock, NULL, NULL, SOCK_CLOEXEC);
	if (fd < 0) {
		if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR &&
		    errno != ECONNABORTED)
			log_error("accept: %s", strerror(errno));
		return NULL;
	}
	if (c->tcp)   /* an answer's last segment must not wait for the previous one's ACK */
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &(int){ 1 }, sizeof(int));
	struct slot *s = &c->slot[c->free[--c->nfree]];
	if (c->nfree == 0)
		listen_on(c, 0);
	FCGX_InitRequest(&s->fr, -1, 0);
	s->open = 1;
	s->fr.ipcFd = fd;
	s->fr.keepConnection = 1;   /* FCGX_Accept_r first finishes a request: not this one */
	return read_request(c, s);
}

FCGX_Request *fcgi_conns_next(struct fcgi_conns *c)
{
	for (;;) {
		while (c->iev < c->nev) {
			uint32_t id = c->ev[c->iev++].data.u32;
			FCGX_Request *fr = id == LISTENER ? accept_one(c)
							  : read_request(c, &c->slot[id - 1]);
			if (fr)
				return fr;
		}
		c->iev = 0;
		c->nev = epoll_wait(c->ep, c->ev, EVENTS, -1);
		if (c->nev < 0) {
			int e = errno;
			c->nev = 0;
			if (e != EINTR)
				log_error("epoll_wait: %s", strerror(e));
			errno = e;
			return NULL;
		}
	}
}

void fcgi_conns_done(struct fcgi_conns *c, FCGX_Request *fr)
{
	struct slot *s = slot_of(fr);
	if (fr->keepConnection && fr->in) {
		char rest[4096];
		while (FCGX_GetStr(rest, sizeof rest, fr->in) > 0)
			;
	}
	FCGX_Finish_r(fr);
	if (fr->ipcFd < 0)
		release(c, s);
	else if (!s->watched) {
		if (watch(c, s) < 0) {
			FCGX_Free(fr, 1);
			release(c, s);
		} else if (c->listening && listen_on(c, 0) == 0) {
			/* Kept: to the back of the listening socket's queue of waiting workers,
			 * which wakes the first one, so that the next connection nginx keeps
			 * goes to another worker (else a worker quick to come back holds most,
			 * and their requests wait on it while the others are idle). */
			listen_on(c, 1);
		}
	}
}

void fcgi_conns_free(struct fcgi_conns *c)
{
	if (!c)
		return;
	for (int i = 0; i < HELD_MAX; i++)
		if (c->slot[i].open) {
			FCGX_Free(&c->slot[i].fr, 0);
			close(c->slot[i].fr.ipcFd);
		}
	close(c->ep);
	free(c);
}
