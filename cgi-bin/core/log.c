/* log.c - see log.h. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static const char *prog = "app";
static const char *reqid;

void log_init(const char *program)
{
	prog = program;
}

void log_set_request(const char *request_id)
{
	reqid = request_id;
}

void log_msg(const char *level, const char *fmt, ...)
{
	char line[2048], ts[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
	int n = snprintf(line, sizeof line, "%s %s[%d] %s %s: ", ts, prog, (int)getpid(), level,
			 reqid ? reqid : "-");
	if (n < 0 || (size_t)n >= sizeof line)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s\n", line);
}
