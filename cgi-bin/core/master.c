/* master.c - see master.h. */
#include "master.h"

#include <errno.h>
#include <fcgiapp.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "log.h"

#define MAX_WORKERS 256

volatile int master_worker_stopping;

struct slot {
	pid_t pid;
	time_t started;
	unsigned generation;
};

static void on_chld(int sig)
{
	(void)sig;   /* only so that SIGCHLD is queued for sigtimedwait */
}

static void on_worker_term(int sig)
{
	(void)sig;
	master_worker_stopping = 1;
}

static void handle(int sig, void (*fn)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;     /* no SA_RESTART: a signal must interrupt accept() and sleep */
	sigaction(sig, &sa, NULL);
}

static pid_t spawn(int sock, int (*worker)(int, void *), void *ctx)
{
	pid_t pid = fork();
	if (pid < 0) {
		log_error("fork: %s", strerror(errno));
		return -1;
	}
	if (pid > 0)
		return pid;
	handle(SIGTERM, on_worker_term);
	handle(SIGINT, on_worker_term);
	signal(SIGHUP, SIG_IGN);
	signal(SIGCHLD, SIG_DFL);
	signal(SIGPIPE, SIG_IGN);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	_exit(worker(sock, ctx));
}

/* MODE ("0600", "660"...) as permission bits, refusing any for "other". */
static int socket_mode(const char *mode, mode_t *out)
{
	char *end;
	long m = strtol(mode ? mode : "0600", &end, 8);
	if (*end || m < 0 || m > 0777 || (m & 0007)) {
		log_error("App.SocketMode %s: want octal permissions without \"other\" bits, "
			  "e.g. 0600 or 0660", mode);
		return -1;
	}
	*out = (mode_t)m;
	return 0;
}

/* GROUP (a name or a number) as a gid; NULL or "": (gid_t)-1, unchanged. */
static int socket_gid(const char *group, gid_t *out)
{
	*out = (gid_t)-1;
	if (!group || !*group)
		return 0;
	char *end;
	long g = strtol(group, &end, 10);
	if (!*end && g >= 0) {
		*out = (gid_t)g;
		return 0;
	}
	struct group *gr = getgrnam(group);
	if (!gr) {
		log_error("App.SocketGroup %s: no such group", group);
		return -1;
	}
	*out = gr->gr_gid;
	return 0;
}

/* Give the unix socket at PATH its group, then its mode. */
static int socket_restrict(const char *path, gid_t gid, mode_t mode)
{
	if (gid != (gid_t)-1 && chown(path, (uid_t)-1, gid) < 0) {
		log_error("chown %s: %s", path, strerror(errno));
		return -1;
	}
	if (chmod(path, mode) < 0) {
		log_error("chmod %s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

static int open_socket(const struct master_opts *o)
{
	const char *path = o->socket;
	bool unix_socket = strchr(path, ':') == NULL;     /* libfcgi: "host:port" is TCP */
	mode_t mode;
	gid_t gid;
	if (socket_mode(o->socket_mode, &mode) < 0 || socket_gid(o->socket_group, &gid) < 0)
		return -1;
	if (unix_socket)
		unlink(path);
	mode_t old = umask(0177);    /* bound owner-only: no window before the chmod */
	int sock = FCGX_OpenSocket(path, 1024);
	umask(old);
	if (sock < 0) {
		log_error("cannot listen on %s", path);
		return -1;
	}
	if (unix_socket && socket_restrict(path, gid, mode) < 0) {
		close(sock);
		unlink(path);
		return -1;
	}
	return sock;
}

static int find_slot(struct slot *slots, int n, pid_t pid)
{
	for (int i = 0; i < n; i++)
		if (slots[i].pid == pid)
			return i;
	return -1;
}

static void shutdown_workers(struct slot *slots, int n, int grace)
{
	for (int i = 0; i < n; i++)
		if (slots[i].pid > 0)
			kill(slots[i].pid, SIGTERM);
	time_t deadline = time(NULL) + grace;
	int alive = n;
	while (alive > 0) {
		int status;
		pid_t pid = waitpid(-1, &status, WNOHANG);
		if (pid > 0) {
			int i = find_slot(slots, n, pid);
			if (i >= 0)
				slots[i].pid = 0;
		} else if (pid < 0 && errno == ECHILD) {
			break;
		} else if (time(NULL) >= deadline) {
			log_warn("workers still busy after %d s: killing them", grace);
			for (int i = 0; i < n; i++)
				if (slots[i].pid > 0)
					kill(slots[i].pid, SIGKILL);
			deadline = time(NULL) + 5;
		} else {
			usleep(20000);
		}
		alive = 0;
		for (int i = 0; i < n; i++)
			alive += slots[i].pid > 0;
	}
}

static void spawn_missing(struct slot *slots, int n, int sock, unsigned generation,
			  int (*worker)(int, void *), void *ctx)
{
	time_t now = time(NULL);
	for (int i = 0; i < n; i++) {
		if (slots[i].pid > 0)
			continue;
		if (slots[i].started && now - slots[i].started < 1)
			continue;   /* died at once: try again on the next tick, not in a tight loop */
		slots[i].pid = spawn(sock, worker, ctx);
		slots[i].started = now;
		slots[i].generation = generation;
	}
}

static void reap(struct slot *slots, int n)
{
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		int i = find_slot(slots, n, pid);
		if (i < 0)
			continue;
		if (WIFSIGNALED(status))
			log_warn("worker %d killed by signal %d: respawning", (int)pid, WTERMSIG(status));
		slots[i].pid = 0;
		if (time(NULL) - slots[i].started >= 1)
			slots[i].started = 0;
	}
}

int master_run(const struct master_opts *o, int (*worker)(int, void *), void (*reload)(void *),
	       void *ctx)
{
	int n = o->workers < 1 ? 1 : o->workers > MAX_WORKERS ? MAX_WORKERS : o->workers;
	if (FCGX_Init() != 0)
		return 1;
	int sock = open_socket(o);
	if (sock < 0)
		return 1;
	pidfile_write(o->pidfile);

	/* The master takes its signals synchronously with sigtimedwait. */
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, &old);
	handle(SIGCHLD, on_chld);
	signal(SIGPIPE, SIG_IGN);

	struct slot slots[MAX_WORKERS];
	memset(slots, 0, sizeof slots);
	unsigned generation = 0;
	log_info("listening on %s with %d workers", o->socket, n);

	for (;;) {
		spawn_missing(slots, n, sock, generation, worker, ctx);
		struct timespec tick = { 1, 0 };
		int sig = sigtimedwait(&set, NULL, &tick);
		if (sig == SIGTERM || sig == SIGINT)
			break;
		reap(slots, n);
		if (sig == SIGHUP) {
			generation++;
			log_info("SIGHUP: reloading configuration, replacing workers");
			if (reload)
				reload(ctx);
			for (int i = 0; i < n; i++)
				if (slots[i].pid > 0 && slots[i].generation != generation)
					kill(slots[i].pid, SIGTERM);
		}
	}
	log_info("stopping: letting in-flight requests finish");
	handle(SIGCHLD, SIG_DFL);
	sigprocmask(SIG_SETMASK, &old, NULL);
	shutdown_workers(slots, n, o->grace_seconds > 0 ? o->grace_seconds : 10);
	unlink(o->socket);
	pidfile_remove(o->pidfile);
	return 0;
}
