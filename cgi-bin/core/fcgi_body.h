/* fcgi_body.h - a response body onto the FastCGI connection in records of
 * up to 64 KiB (libfcgi's stream writes 8 KiB ones). */
#ifndef CORE_FCGI_BODY_H
#define CORE_FCGI_BODY_H

#include <fcgiapp.h>
#include <stddef.h>

/* P[0..LEN) as FR's stdout, after what its stream holds (the head). 0, or
 * -1 when the connection is gone (FCGX_Finish_r then finds it so too). */
int fcgi_body_write(FCGX_Request *fr, const char *p, size_t len);

#endif
