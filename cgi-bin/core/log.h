/* log.h - one line per event on stderr (the launcher sends it to var/log/),
 * prefixed with time, program, pid and the current request id. */
#ifndef CORE_LOG_H
#define CORE_LOG_H

void log_init(const char *program);
void log_set_request(const char *request_id);   /* NULL between requests */
void log_msg(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_info(...) log_msg("info", __VA_ARGS__)
#define log_warn(...) log_msg("warn", __VA_ARGS__)
#define log_error(...) log_msg("error", __VA_ARGS__)

#endif
