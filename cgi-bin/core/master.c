/* master.c - see master.h. */
#include "master.h"

#include <errno.h>
#include <fcgiapp.h>
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

static int open_socket(const char *path)
{
	unlink(path);
	int sock = FCGX_OpenSocket(path, 1024);
	if (sock < 0) {
		log_error("cannot listen on %s", path);
		return -1;
	}
	chmod(path, 0666);   /* nginx's workers run as another user */
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
	int sock = open_socket(o->socket);
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
