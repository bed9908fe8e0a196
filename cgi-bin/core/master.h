/* master.h - the prefork master every FastCGI program runs under.
 *
 * It opens the listening socket, forks N workers that accept on it, respawns
 * a worker that dies (throttled when workers die at once), and on SIGHUP
 * calls the reload hook then replaces the workers one generation at a time.
 * SIGTERM/SIGINT: workers finish their in-flight request and exit; the
 * master waits for them (SIGKILL after a grace period) and removes the socket. */
#ifndef CORE_MASTER_H
#define CORE_MASTER_H

#include <stdbool.h>

struct master_opts {
	const char *socket;
	const char *pidfile;     /* may be NULL */
	/* A unix socket's permissions (App.SocketMode, octal; NULL: "0600") and
	 * group (App.SocketGroup, a name or number; NULL: the process's). Whoever
	 * can connect can speak FastCGI and claim any REMOTE_ADDR or HTTPS, so a
	 * mode with "other" bits is refused. The socket is bound owner-only (umask)
	 * and given its group and mode only then: never wider, not even briefly. */
	const char *socket_mode;
	const char *socket_group;
	int workers;
	int grace_seconds;
};

/* In a worker: true once SIGTERM asked it to stop after the current request. */
extern volatile int master_worker_stopping;

/* WORKER runs in each child with the listening socket and returns its exit code.
 * RELOAD runs in the master on SIGHUP before the workers are replaced. */
int master_run(const struct master_opts *o, int (*worker)(int sock, void *ctx),
	       void (*reload)(void *ctx), void *ctx);

#endif
